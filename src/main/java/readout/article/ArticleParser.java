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
    private static final Pattern CREDIT = Pattern.compile("\\s[—–―-]{1,2}\\s?(?<credit>[\\p{L}]{2,20}(?:/[\\p{L}]{2,20}){0,2})\\s*$");
    /** A wire's agency then its place on a line of their own: "AFP, MANILA", "Reuters, WASHINGTON". */
    private static final Pattern AGENCY_PLACE = Pattern.compile(
            "^(?<agency>\\p{L}[\\p{L} .-]{1,40}?),\\s+(?<place>\\p{Lu}[\\p{Lu}\\p{M} .’'-]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.]{1,20})?)\\.?$");
    /** A bracketed tag opening the lead: "(CNN) —" (a credit with no place), "(MENAFN- X)" before a dateline. */
    private static final Pattern LEAD_TAG = Pattern.compile("\\((?<tag>[^()\\n]{2,60})\\)\\s*(?:(?<dash>—|–|--?)\\s+)?");
    /** Up to four words in capitals at the start of the lead: "SEOUL/WASHINGTON", "UNITED NATIONS", "HAVANA U.S.". */
    private static final Pattern CAPS_WORDS = Pattern.compile("(?:\\p{Lu}[\\p{Lu}\\p{M}.’'/-]*(?: |$)){1,4}");
    /** "CNNMoney (New York) First published …": an outlet, its desk's place, the publication line. */
    private static final Pattern OUTLET_PLACE = Pattern.compile(
            "(?i)^[\\p{L}.]{2,30}\\s+\\((?<place>[\\p{L} .’'-]{2,40})\\)\\s+(?:first\\s+)?(?:published|posted)\\b");
    private static final Pattern PUBLISHED = Pattern.compile("(?i)\\b(?:first\\s+)?(?:published|posted)\\b");
    private static final Pattern BY = Pattern.compile("(?i)\\s*by\\s");
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
        // The text as given (a .txt file's own text, else the visible text of the page) is what spans index into.
        NormalizedText normalized = NormalizedText.of(draft.text());
        if (!hasLetterOrDigit(normalized.text())) {
            throw new RejectedInputException(Reason.NO_TEXT, "no readable text in the " + format.name().toLowerCase(Locale.ROOT)
                    + " input (no letter or digit once markup, white space and invisible characters are left out)");
        }
        return layout(source, format, normalized, draft);
    }

    private static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
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
                if (title == null && format != Format.HTML && looksLikeTitle(t, paras.size())) {
                    title = t;
                    kind = Kind.TITLE;
                }
            }
            paras.set(i, p.withKind(kind));
        }
        markDuplicates(text, paras);

        // Metadata. The agency: a feed's own field, else an agency that publishes the page itself, else the credits
        // the text prints — the dateline's, the lines above the story, the lead's, the closing lines — in that order.
        Credits credits = new Credits(lexicon);
        String dateline = draft.dateline() == null || draft.dateline().isBlank() ? null : draft.dateline().strip();
        Span datelineSpan = null;
        String agency = draft.agency();
        // A page or feed published by an agency itself (og:site_name, a JSON "source"): "Vietnam News Agency", "Xinhua"
        if (agency == null && draft.source() != null) agency = lexicon.agency(draft.source());
        String printedDate = null; // a date the text prints as the page's own: "Published …", a credit's date
        Dates.Found datelineDate = null;
        // Credit lines above the story: "(Xinhua)", "• Kyodo", "ASSOCIATED PRESS", "By X and AP Technology Writer", "AFP, MANILA"
        for (int i = 0, seen = 0; i < paras.size() && seen < 6; i++) {
            Paragraph p = paras.get(i);
            if (p.kind() != Kind.BODY && p.kind() != Kind.META) continue;
            seen++;
            String t = p.span().of(text);
            String credit = credits.sole(t);
            if (credit == null && BY.matcher(t).lookingAt()) credit = credits.staff(t);
            if (credit == null && t.indexOf('\n') > 0) credit = creditAmongPageLines(credits, t);
            Matcher ap = AGENCY_PLACE.matcher(t);
            if (credit == null && t.length() < 60 && ap.matches() && (credit = credits.named(ap.group("agency"))) != null
                    && dateline == null) {
                dateline = cleanPlace(ap.group("place"));
                datelineSpan = new Span(p.span().start() + ap.start("place"), p.span().start() + ap.end("place"));
            }
            if (credit != null) {
                if (agency == null) agency = credit;
                paras.set(i, p.withKind(Kind.META));
            }
        }
        // Dateline: at the start of one of the first body paragraphs, else a dateline standing alone.
        boolean datelineFound = dateline != null && datelineSpan != null;
        int bodySeen = 0;
        for (int i = 0; i < paras.size() && bodySeen < 8 && !datelineFound; i++) {
            Paragraph p = paras.get(i);
            if (p.kind() != Kind.BODY) continue;
            bodySeen++;
            String t = p.span().of(text);
            int from = 0;
            Matcher tag = LEAD_TAG.matcher(t);
            if (tag.lookingAt()) {
                if (tag.group("dash") != null) {
                    // "(CNN) —", "(VOVworld) –": the outlet's credit with no place; the story starts after it
                    String known = credits.named(tag.group("tag"));
                    if (agency == null) agency = known;
                    paras.set(i, p.withSpan(new Span(p.span().start() + tag.end(), p.span().end())));
                    break;
                }
                from = tag.end(); // "(MENAFN- X) PHILADELPHIA, USA –": a syndicator's tag, then the dateline
            }
            Matcher m = DATELINE.matcher(t).region(from, t.length());
            if (m.lookingAt() && isDateline(m, bodySeen, from > 0)) {
                String place = cleanPlace(m.group("place"));
                if (dateline == null) dateline = place;
                datelineFound = true;
                datelineSpan = new Span(p.span().start() + m.start("place"), p.span().start() + m.start("place") + m.group("place").length());
                String ag = m.group("agency") != null ? m.group("agency") : m.group("slashed"); // "(Xinhua)", "/TASS/"
                if (ag != null) {
                    List<Dates.Found> inParen = Dates.find(ag, 0, ag.length());
                    if (!inParen.isEmpty() && isOnlyDate(ag)) {
                        // "KUALA LUMPUR (April 25):" — a day, not a credit
                        datelineDate = inParen.get(0);
                        ag = null;
                    } else if (!inParen.isEmpty() && inParen.get(0).year() != 0 && printedDate == null) {
                        printedDate = inParen.get(0).iso(); // "(UrduPoint / X - 4th Mar, 2024)"
                    }
                }
                if (ag != null) {
                    String a = ag.replaceAll("\\s*[-–—,]\\s*\\d{1,2}(st|nd|rd|th)?\\s+\\p{L}+\\.?,?\\s*\\d{0,4}\\s*$", "").trim();
                    if (agency == null && !a.isEmpty()) agency = credits.named(a) != null ? credits.named(a) : a;
                }
                if (m.group("date") != null) {
                    List<Dates.Found> d = Dates.find(m.group("date"), 0, m.group("date").length());
                    if (!d.isEmpty()) datelineDate = d.get(0);
                }
                paras.set(i, p.withSpan(new Span(p.span().start() + m.end(), p.span().end())));
                continue;
            }
            // "LONDON Donor nations pledged …": wire copy reposted without its "(Reuters) -"
            int bare = bodySeen <= 2 ? bareDateline(t) : -1;
            if (bare > 0) {
                int placeEnd = bare;
                while (placeEnd > 0 && t.charAt(placeEnd - 1) == '-') placeEnd--; // "WASHINGTON-- In the face …"
                if (dateline == null) dateline = t.substring(0, placeEnd);
                datelineFound = true;
                datelineSpan = new Span(p.span().start(), p.span().start() + placeEnd);
                paras.set(i, p.withSpan(new Span(p.span().start() + bare, p.span().end()).trim(text)));
            }
        }
        String publishedLine = null;
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
            // "CNNMoney (New York) First published November 29, 2016": the desk's place
            Matcher op = OUTLET_PLACE.matcher(t);
            if (dateline == null && op.lookingAt() && lexicon.isPlace(op.group("place"))) dateline = op.group("place").strip();
            Matcher by = BYLINE.matcher(t);
            if (agency == null && by.find()) {
                String who = by.group("agency") != null ? by.group("agency") : by.group("who");
                String known = credits.named(who.trim());
                if (known != null) agency = known;
                else if (by.group("agency") != null) agency = by.group("agency").trim();
            }
            // The page's own date line; a "Published" line beats an "Updated" one
            boolean published = PUBLISHED.matcher(t).find();
            if (printedDate == null || published && publishedLine == null) {
                for (Dates.Found f : Dates.find(text, p.span().start(), p.span().end())) {
                    if (f.year() != 0) {
                        if (printedDate == null || published) printedDate = f.iso();
                        if (published) publishedLine = f.iso();
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
        // Closing lines: "(Reporting by …; Editing by …)", "© 2020 Reuters", "Source: VNA", "Le Monde with AFP",
        // "(Xinhua News Agency December 17, 2005)", "Provided by …"; a release's closing "September 26, 2013 / New York".
        int lastBody = -1;
        for (int i = paras.size() - 1, seen = 0; i >= 0 && seen < 8; i--) {
            Paragraph p = paras.get(i);
            if (p.kind() != Kind.BODY && p.kind() != Kind.META && p.kind() != Kind.BOILERPLATE) continue;
            seen++;
            String t = p.span().of(text);
            String credit = credits.closing(t);
            if (credit != null) {
                if (agency == null) agency = credit;
                if (printedDate == null) printedDate = Credits.dateIn(t);
                if (p.kind() == Kind.BODY) paras.set(i, p.withKind(Kind.META));
                continue;
            }
            if (seen <= 3 && dateline == null && datelineSpan == null) {
                Span place = closingPlace(text, paras, i);
                if (place != null) {
                    dateline = place.of(text);
                    datelineSpan = place;
                    continue;
                }
            }
            if (p.kind() == Kind.BODY && lastBody < 0) lastBody = i;
        }
        // Agency credit closing the story's last paragraph: "... at a suitable time. — VNS"
        if (lastBody >= 0) {
            Paragraph p = paras.get(lastBody);
            Matcher m = CREDIT.matcher(p.span().of(text));
            if (m.find()) {
                String known = credits.named(m.group("credit"));
                if (known != null) {
                    if (agency == null) agency = known;
                    paras.set(lastBody, p.withSpan(new Span(p.span().start(), p.span().start() + m.start()).trim(text)));
                }
            }
        }
        date = chooseDate(text, paras, title, date, printedDate, Dates.inPath(draft.url()) != null ? Dates.inPath(draft.url())
                : Dates.inPath(source), datelineDate);
        if (title != null) title = title.trim();
        return new Article(source, format, text, normalized, title, List.copyOf(paras), dateline, datelineSpan, date,
                agency, draft.url());
    }

    /**
     * The publication date, most trusted first: what the publisher states as data (HTML/JSON/front matter; a UTC
     * timestamp one day off the day in the page's own URL yields to the URL, which carries the local day), then a date
     * line the page prints ("Published …", a credit's date), then the URL or source name. A dateline's own day wins
     * over these when it is not later (wire copy dates the story where it was filed), taking their year; a day whose
     * year nothing states gives no date at all — the year is never guessed. Last, a full date in the title or the lead.
     */
    private static String chooseDate(String text, List<Paragraph> paras, String title, String structured, String printed,
            String inUrl, Dates.Found datelineDate) {
        String metaDate = structured;
        if (metaDate != null && inUrl != null && oneDayApart(metaDate, inUrl)) metaDate = inUrl;
        if (metaDate == null) metaDate = printed;
        if (metaDate == null) metaDate = inUrl;
        if (datelineDate != null) {
            int year = datelineDate.year();
            if (year == 0 && metaDate != null) year = Integer.parseInt(metaDate.substring(0, 4));
            if (year != 0) {
                String iso = new Dates.Found(year, datelineDate.month(), datelineDate.day(), 0, 0).iso();
                if (metaDate == null || iso.compareTo(metaDate) <= 0) return iso;
            }
        }
        if (metaDate != null) return metaDate;
        // No stated date: a full date in the title ("PM call with Prime Minister Trudeau: 18 May 2018"), else in the lead
        if (title != null) {
            for (Dates.Found f : Dates.find(title, 0, title.length())) if (f.year() != 0) return f.iso();
        }
        int lead = 0;
        for (Paragraph p : paras) {
            if (p.kind() != Kind.BODY) continue;
            if (lead++ >= 3) break;
            for (Dates.Found f : Dates.find(text, p.span().start(), p.span().end())) {
                if (f.year() != 0 && !isFilePhotoDate(text, f)) return f.iso();
            }
        }
        return null;
    }

    private static final Pattern FILE_PHOTO = Pattern.compile("(?i)^[\\s,]{0,3}(?:file\\s+)?(?:photo|picture|image)\\b");

    /** "In this March 2, 2011 file photo, …": the day a picture was taken, not the story's. */
    private static boolean isFilePhotoDate(String text, Dates.Found f) {
        String after = text.substring(f.end(), Math.min(text.length(), f.end() + 20));
        return FILE_PHOTO.matcher(after).find();
    }

    private static boolean oneDayApart(String a, String b) {
        try {
            return Math.abs(java.time.LocalDate.parse(a).toEpochDay() - java.time.LocalDate.parse(b).toEpochDay()) == 1;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /**
     * Whether a dateline-shaped start is one. A credit in brackets or slashes makes it one; else it needs its
     * separator, and a colon only follows a known place ("ISLAMABAD:", not a kicker "CHINESE AGGRESSION:"). Past the
     * third body paragraph (after bylines, standfirsts and captions) and after a syndicator's tag it must be a place
     * in capitals with a dash or a credit: "DUBAI, United Arab Emirates —".
     */
    private boolean isDateline(Matcher m, int bodySeen, boolean afterTag) {
        String place = m.group("place");
        String sep = m.group("sep");
        String head = place.split(",")[0];
        boolean caps = head.equals(head.toUpperCase(Locale.ROOT)) && head.chars().anyMatch(Character::isLetter);
        boolean known = lexicon.isPlace(place) || lexicon.isPlace(head);
        boolean credited = m.group("agency") != null || m.group("slashed") != null;
        if (bodySeen > 3 || afterTag) return caps && (credited || sep != null && !sep.equals(":") && !sep.equals("."));
        if (credited) return known || caps || sep != null;
        if (sep == null) return false;
        if (sep.equals(":")) return known && place.split(" ").length <= 3;
        return caps || known || m.group("date") != null;
    }

    /**
     * "LONDON Donor nations …", "SEOUL/WASHINGTON The U.S. House …", "UNITED NATIONS China and …": a known place in
     * capitals, then the sentence's capital. The length of the place, or -1. Only known places: a lead may start with
     * an acronym ("NATO Secretary General …").
     */
    private int bareDateline(String t) {
        Matcher m = CAPS_WORDS.matcher(t);
        if (!m.lookingAt()) return -1;
        String[] words = m.group().trim().split(" ");
        // The place is the whole run of capitals but for what opens the sentence after it: an abbreviation
        // ("HAVANA U.S. President …") or a one-letter word ("LONDON A man …"). "USA TODAY Sports' …" is a name.
        int k = words.length;
        while (k > 1 && (words[k - 1].indexOf('.') > 0 || words[k - 1].length() == 1)) k--;
        String place = String.join(" ", java.util.Arrays.copyOf(words, k));
        int end = place.length();
        if (end + 1 >= t.length() || t.charAt(end) != ' ' || !Character.isUpperCase(t.charAt(end + 1))) return -1;
        // the sentence's first word: written in lower case after its capital, an abbreviation or one letter
        int next = t.indexOf(' ', end + 1);
        String word = t.substring(end + 1, next < 0 ? t.length() : next);
        if (!(word.chars().anyMatch(Character::isLowerCase) || word.indexOf('.') > 0 || word.length() == 1)) return -1;
        if (place.chars().filter(Character::isLetter).count() < 3) return -1;
        for (String part : place.replaceAll("-+$", "").split("/")) {
            if (part.isEmpty() || !lexicon.isPlace(part) || lexicon.isDemonym(part)) return -1;
        }
        return end;
    }

    /** A press release's closing place under its date ("September 26, 2013" then "New York"), as a span, or null. */
    private Span closingPlace(String text, List<Paragraph> paras, int i) {
        Paragraph p = paras.get(i);
        String t = p.span().of(text);
        int nl = t.lastIndexOf('\n');
        if (nl > 0 && t.length() < 80 && isOnlyDate(t.substring(0, nl).strip())) {
            Span s = new Span(p.span().start() + nl + 1, p.span().end()).trim(text);
            return lexicon.isPlace(s.of(text)) ? s : null;
        }
        if (t.length() < 40 && i > 0 && lexicon.isPlace(t) && paras.get(i - 1).kind() == Kind.META
                && isOnlyDate(paras.get(i - 1).span().of(text))) {
            return p.span();
        }
        return null;
    }

    /** "(Xinhua)" over "Updated: 2008-04-05 15:35" in one block: a credit among the page's own lines, or null. */
    private static String creditAmongPageLines(Credits credits, String t) {
        if (t.length() > 200) return null;
        String credit = null;
        for (String line : t.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || isOnlyDate(l) || META.matcher(l).find()) continue;
            String c = credits.sole(l);
            if (c == null) return null;
            credit = c;
        }
        return credit;
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
