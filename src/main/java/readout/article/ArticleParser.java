package readout.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import readout.article.Paragraph.Kind;
import readout.article.RejectedInputException.Reason;
import readout.lexicon.Lexicon;
import readout.text.Fold;
import readout.text.NormalizedText;
import readout.text.Span;

/**
 * Bytes in, {@link Article} out: decodes, detects the format, extracts the readable text, normalizes it to
 * NFC, and finds the title, dateline, publication date, agency credit and photo captions. Pure and thread-safe.
 */
public final class ArticleParser {
    /** Inputs larger than this are refused: no news article comes near it, and extraction time stays bounded. */
    public static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

    private static final Pattern HEADER_DATE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)(\\(\\s*photo\\b[^)]{0,120}\\)\\s*$|[—–-]\\s*[\\p{L}/ .]{0,40}\\bphoto\\s*$|^\\s*(file\\s+)?photo\\s*[:：]"
                    + "|\\bphoto\\s*(courtesy|credit|by)\\b[^.]{0,60}$|^\\s*\\(?(image|picture)\\s*[:：])");
    private static final Pattern META = Pattern.compile(
            "(?i)^\\s*(by\\s+[\\p{L} .’'-]{1,60}([–—-]\\s*[\\p{L} ]{1,30})?:?\\s*$|source\\s*:|published\\b|updated\\b|posted\\b|last updated"
                    + "|(\\p{L}+\\s){0,3}published\\s)|^\\s*\\d{4}-\\d{2}-\\d{2}\\s*$");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?i)(?<!\\d)\\d{1,2}:\\d{2}\\s*(am|pm)\\b");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^\\s*(for more news|follow us|like us on|share (this|on)|read more|related (news|articles|stories)|also read"
                    + "|subscribe|click here|copyright|©|all rights reserved|sign up)");
    /** "HÀ NỘI —", "Hanoi (VNA) –", "BEIJING, July 16 (Xinhua) --", "MOSCOW, April 9. /TASS/.", "ISLAMABAD:", "Seoul :", "ISLAMABAD, (UrduPoint / X - 4th Mar, 2024)". */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{L}\\p{M}.’'-]*(?: \\p{Lu}[\\p{L}\\p{M}.’'-]*){0,3}(?:, (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d)\\p{Lu}[\\p{L}\\p{M}.’'-]*(?: \\p{Lu}[\\p{L}\\p{M}’'-]*){0,2})?)"
                    + "(?:,?\\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}(?:, \\d{4})?|\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?: \\d{4})?))?"
                    + "(?:,?\\s*\\((?<agency>[^()\\n]{2,80})\\)|\\.?\\s*/(?<slashed>\\p{Lu}{2,10})/\\.?)?"
                    + "\\s*(?<sep>—|–|--?|:|(?<=\\d)\\.)?\\s+");
    private static final Pattern STANDALONE_DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{L}\\p{M}.’'-]*(?: \\p{Lu}[\\p{L}\\p{M}.’'-]*){0,3}(?:, \\p{Lu}[\\p{L}\\p{M}.’'-]*(?: \\p{Lu}[\\p{L}\\p{M}’'-]*){0,2})?)"
                    + ",\\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}(?:, \\d{4})?|\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?: \\d{4})?)"
                    + "\\s*[—–-]?\\s*$");
    /** A credit closing a sentence of the lead: "..., Trend reports.", "..., reports Yonhap News Agency.", "..., Trend reports citing X.". */
    private static final Pattern LEAD_CREDIT = Pattern.compile(
            ",\\s+(?:(?<before>\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+){0,3}) report(?:s|ed)|report(?:s|ed) (?<after>\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+){0,3}))(?: (?:citing|quoting) [^.]{1,80})?\\s*[.]");
    /** A closing paragraph that is only a credit: "VNS", "— VNA/VNS", "(Xinhua)", "Source: Trend". */
    private static final Pattern SOLE_CREDIT = Pattern.compile(
            "(?i)^(?:[—–-]{1,2}\\s*|\\(|source\\s*:\\s*)?(?<credit>[\\p{L}]{2,20}(?:/[\\p{L}]{2,20}){0,2})\\)?\\.?$");
    private static final Pattern CREDIT = Pattern.compile("\\s[—–-]{1,2}\\s?(?<credit>[\\p{L}]{2,20}(?:/[\\p{L}]{2,20}){0,2})\\s*$");
    private static final Pattern BYLINE = Pattern.compile("(?i)^\\s*by\\s+(?<who>[^–—:-]{1,60}?)\\s*(?:[–—-]\\s*(?<agency>[\\p{L} ]{2,30}?))?\\s*:?\\s*$");

    private final Lexicon lexicon;
    private final int maxBytes;

    public ArticleParser() {
        this(Lexicon.standard(), DEFAULT_MAX_BYTES);
    }

    public ArticleParser(Lexicon lexicon, int maxBytes) {
        this.lexicon = lexicon;
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /**
     * @param source      where the bytes came from (a path, an s3:// URI); used for the name and the format
     * @param contentType a MIME type if the caller knows one, else null
     */
    public Article parse(String source, String contentType, byte[] bytes) throws RejectedInputException {
        Format format = Format.fromContentType(contentType);
        if (format == null && Format.isKnownUnsupported(contentType)) {
            throw new RejectedInputException(Reason.UNSUPPORTED_TYPE, "content type " + contentType
                    + " is not an article; send text/plain, text/html, application/json or text/markdown");
        }
        if (format == null) format = Format.fromName(source);
        String raw = Decoder.decode(bytes, maxBytes, format);
        if (format == null) format = Format.sniff(raw);
        Draft draft = switch (format) {
            case HTML -> HtmlExtractor.extract(raw);
            case JSON -> JsonExtractor.extract(raw);
            case MARKDOWN -> MarkdownExtractor.extract(raw);
            case TEXT -> Draft.ofText(raw);
        };
        String plain = draft.text().replace("\r\n", "\n").replace('\r', '\n');
        if (plain.isBlank()) {
            throw new RejectedInputException(Reason.NO_TEXT, "no readable text in the " + format.name().toLowerCase(Locale.ROOT) + " input");
        }
        NormalizedText normalized = NormalizedText.of(plain);
        return layout(source, format, normalized, draft);
    }

    private Article layout(String source, Format format, NormalizedText normalized, Draft draft) {
        String text = normalized.text();
        List<Paragraph> paras = paragraphs(text);
        String date = Dates.normalize(draft.date());
        String title = draft.title();
        Set<String> captions = draft.captions();
        int firstContent = -1;
        for (int i = 0; i < paras.size(); i++) {
            Paragraph p = paras.get(i);
            String t = p.span().of(text);
            Matcher hd = HEADER_DATE.matcher(t);
            if (hd.find()) {
                if (date == null) date = hd.group(1);
                Span rest = new Span(p.span().start() + hd.end(), p.span().end()).trim(text);
                if (rest.length() == 0) {
                    paras.set(i, p.withKind(Kind.META));
                    continue;
                }
                p = p.withSpan(rest);
                t = rest.of(text);
                paras.set(i, p);
            }
            Kind kind;
            if (captions.contains(t) || mayBeCaption(t) && CAPTION.matcher(t).find()) kind = Kind.CAPTION;
            else if (BOILERPLATE.matcher(t).find() || isSocialLine(t)) kind = Kind.BOILERPLATE;
            else if (META.matcher(t).find() || t.indexOf(':') >= 0 && TIME_OF_DAY.matcher(t).find() || isOnlyDate(t)
                    || t.length() < 80 && STANDALONE_DATELINE.matcher(t).find()) kind = Kind.META;
            else if (title != null && Fold.key(t).equals(Fold.key(title))) kind = Kind.TITLE;
            else kind = Kind.BODY;
            if (kind == Kind.BODY && firstContent < 0) {
                firstContent = i;
                if (title == null && (format == Format.TEXT || format == Format.MARKDOWN) && looksLikeTitle(t, paras.size())) {
                    title = t;
                    kind = Kind.TITLE;
                }
            }
            paras.set(i, p.withKind(kind));
        }
        markDuplicates(text, paras);

        // Dateline: at the start of one of the first body paragraphs, else a dateline standing alone.
        String dateline = null;
        Span datelineSpan = null;
        String agency = draft.agency();
        // A page or feed published by an agency itself (og:site_name, a JSON "source"): "Vietnam News Agency", "Xinhua"
        if (agency == null && draft.source() != null) agency = lexicon.agency(draft.source());
        Dates.Found datelineDate = null;
        int bodySeen = 0;
        for (int i = 0; i < paras.size() && bodySeen < 3 && dateline == null; i++) {
            Paragraph p = paras.get(i);
            if (p.kind() != Kind.BODY) continue;
            bodySeen++;
            String t = p.span().of(text);
            Matcher m = DATELINE.matcher(t);
            if (!m.find() || !isDateline(m)) continue;
            dateline = cleanPlace(m.group("place"));
            datelineSpan = new Span(p.span().start(), p.span().start() + m.start("place") + m.group("place").length());
            String ag = m.group("agency") != null ? m.group("agency") : m.group("slashed"); // "(Xinhua)", "/TASS/"
            if (ag != null) {
                String a = ag.replaceAll("\\s*[-–—,]\\s*\\d{1,2}(st|nd|rd|th)?\\s+\\p{L}+\\.?,?\\s*\\d{0,4}\\s*$", "").trim();
                List<Dates.Found> inParen = Dates.find(ag, 0, ag.length());
                if (!inParen.isEmpty() && inParen.get(0).year() != 0 && date == null) date = inParen.get(0).iso();
                if (agency == null && !a.isEmpty()) agency = lexicon.agency(a) != null ? lexicon.agency(a) : a;
            }
            if (m.group("date") != null) {
                List<Dates.Found> d = Dates.find(m.group("date"), 0, m.group("date").length());
                if (!d.isEmpty()) datelineDate = d.get(0);
            }
            paras.set(i, p.withSpan(new Span(p.span().start() + m.end(), p.span().end())));
        }
        for (int i = 0; i < paras.size(); i++) {
            Paragraph p = paras.get(i);
            if (p.kind() != Kind.META) continue;
            String t = p.span().of(text);
            Matcher sd = STANDALONE_DATELINE.matcher(t);
            if (sd.find()) {
                if (dateline == null) {
                    dateline = cleanPlace(sd.group("place"));
                    datelineSpan = new Span(p.span().start(), p.span().start() + sd.group("place").length());
                }
                if (datelineDate == null) {
                    List<Dates.Found> d = Dates.find(sd.group("date"), 0, sd.group("date").length());
                    if (!d.isEmpty()) datelineDate = d.get(0);
                }
            }
            Matcher by = BYLINE.matcher(t);
            if (agency == null && by.find()) {
                String who = by.group("agency") != null ? by.group("agency") : by.group("who");
                String known = lexicon.agency(who.trim());
                if (known != null) agency = known;
                else if (by.group("agency") != null) agency = by.group("agency").trim();
            }
            if (date == null) {
                for (Dates.Found f : Dates.find(text, p.span().start(), p.span().end())) {
                    if (f.year() != 0) {
                        date = f.iso();
                        break;
                    }
                }
            }
        }
        // An agency credited in the lead: "..., Trend reports." / "..., reports Yonhap." / "..., Xinhua reported."
        if (agency == null) {
            int seen = 0;
            for (Paragraph p : paras) {
                if (p.kind() != Kind.BODY || seen++ >= 2) continue;
                Matcher m = LEAD_CREDIT.matcher(p.span().of(text));
                while (m.find() && agency == null) {
                    String who = m.group("before") != null ? m.group("before") : m.group("after");
                    agency = lexicon.agency(who);
                }
            }
        }
        // Agency credit closing the story: "... at a suitable time. — VNS"
        for (int i = paras.size() - 1; i >= 0; i--) {
            Paragraph p = paras.get(i);
            if (p.kind() != Kind.BODY) continue;
            Matcher sole = SOLE_CREDIT.matcher(p.span().of(text).strip());
            if (sole.matches()) {
                String known = creditedAgency(sole.group("credit"));
                if (known != null) {
                    if (agency == null) agency = known;
                    paras.set(i, p.withKind(Kind.META));
                }
                break;
            }
            Matcher m = CREDIT.matcher(p.span().of(text));
            if (m.find()) {
                String known = creditedAgency(m.group("credit"));
                if (known != null) {
                    if (agency == null) agency = known;
                    paras.set(i, p.withSpan(new Span(p.span().start(), p.span().start() + m.start()).trim(text)));
                }
            }
            break;
        }
        if (date == null) date = dateInUrl(draft.url());
        date = chooseDate(text, paras, date, datelineDate);
        if (title != null) title = title.trim();
        return new Article(source, format, text, normalized, title, List.copyOf(paras), dateline, datelineSpan, date,
                agency, draft.url());
    }

    /** The agency of a credit such as "VNS" or "VNA/VNS" (the last one named wrote the story), or null. */
    private String creditedAgency(String credit) {
        String[] parts = credit.split("/");
        return lexicon.agency(parts[parts.length - 1]);
    }

    /** The dateline's own day wins (wire copy dates the story where it was filed); its year comes from the page. */
    private static String chooseDate(String text, List<Paragraph> paras, String metaDate, Dates.Found datelineDate) {
        if (datelineDate != null) {
            int year = datelineDate.year();
            if (year == 0 && metaDate != null) year = Integer.parseInt(metaDate.substring(0, 4));
            if (year != 0) {
                String iso = new Dates.Found(year, datelineDate.month(), datelineDate.day(), 0, 0).iso();
                if (metaDate == null || iso.compareTo(metaDate) <= 0) return iso;
            }
        }
        if (metaDate != null) return metaDate;
        // No metadata: the first full date in the lead, else the lead's day with the latest past year the text names.
        int lead = 0;
        for (Paragraph p : paras) {
            if (p.kind() != Kind.BODY) continue;
            if (lead++ >= 3) break;
            for (Dates.Found f : Dates.find(text, p.span().start(), p.span().end())) {
                if (f.year() != 0) return f.iso();
                int year = Dates.latestPastYear(text, 0, text.length());
                if (year != 0) return new Dates.Found(year, f.month(), f.day(), 0, 0).iso();
                break;
            }
        }
        return null;
    }

    private static final Pattern URL_DATE = Pattern.compile("/(20\\d{2}|19\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");

    /** "https://example.org/2023/09/11/story": news sites date their URLs. */
    private static String dateInUrl(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) return null;
        Dates.Found f = new Dates.Found(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), 0, 0);
        return f.valid() ? f.iso() : null;
    }

    private boolean isDateline(Matcher m) {
        String place = m.group("place");
        String sep = m.group("sep");
        boolean caps = place.equals(place.toUpperCase(Locale.ROOT)) && place.chars().anyMatch(Character::isLetter);
        boolean known = lexicon.isPlace(place) || lexicon.isPlace(place.split(",")[0]);
        if (m.group("agency") != null || m.group("slashed") != null) return known || caps || sep != null;
        if (sep == null) return false;
        if (sep.equals(":")) return (caps || known) && place.split(" ").length <= 3;
        return caps || known || m.group("date") != null;
    }

    private static String cleanPlace(String place) {
        return place.replaceAll("[,\\s]+$", "").trim();
    }

    private static boolean isSocialLine(String t) {
        if (t.length() > 200) return false;
        String l = t.toLowerCase(Locale.ROOT);
        return l.contains("like us on facebook") || l.contains("follow us on twitter");
    }

    private static boolean mayBeCaption(String t) {
        String l = t.toLowerCase(Locale.ROOT);
        return l.contains("photo") || l.contains("image") || l.contains("picture");
    }

    private static boolean isOnlyDate(String t) {
        if (t.length() >= 60) return false;
        List<Dates.Found> d = Dates.find(t, 0, t.length());
        if (d.isEmpty()) return false;
        String rest = t.substring(0, d.get(0).start()) + t.substring(d.get(0).end());
        return rest.replaceAll("[\\p{Punct}\\s|]", "").length() <= 12 && t.length() < 60;
    }

    private static boolean looksLikeTitle(String t, int paragraphs) {
        if (paragraphs < 2 || t.length() > 200) return false;
        char last = t.charAt(t.length() - 1);
        return last != '.' && last != '"' && last != '”' && last != ':' || t.split("\\s+").length <= 14 && last != '.';
    }

    private static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        boolean blankSeparated = Pattern.compile("\\n[ \\t\\u00A0]*\\n").matcher(text).find();
        Pattern sep = blankSeparated ? Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*") : Pattern.compile("\\n\\s*");
        Matcher m = sep.matcher(text);
        int start = 0;
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : text.length();
            Span s = new Span(start, end).trim(text);
            if (s.length() > 0) out.add(new Paragraph(out.size(), s, Kind.BODY));
            if (!found) break;
            start = m.end();
        }
        return out;
    }

    /** A standfirst that repeats the lead (common on portals) is read once: the later, fuller copy stays. */
    private static void markDuplicates(String text, List<Paragraph> paras) {
        // Only the first paragraphs can be a standfirst; keys are computed once each.
        int n = Math.min(paras.size(), 8);
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) keys[i] = paras.get(i).kind() == Kind.BODY ? Fold.key(paras.get(i).span().of(text)) : null;
        for (int i = 0; i < n; i++) {
            Paragraph a = paras.get(i);
            if (a.kind() != Kind.BODY) continue;
            String ka = keys[i];
            if (ka.length() < 40) continue;
            for (int j = i + 1; j < n; j++) {
                Paragraph b = paras.get(j);
                if (b.kind() != Kind.BODY) continue;
                if (keys[j].contains(ka)) {
                    paras.set(i, a.withKind(Kind.DUPLICATE));
                    break;
                }
            }
        }
    }
}
