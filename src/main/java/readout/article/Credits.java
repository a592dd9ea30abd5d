package readout.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import readout.lexicon.Lexicon;

/**
 * Agency credits as wires and the papers that reprint them print them: a line that is only the credit ("(Xinhua)",
 * "• Kyodo", "Source: Yonhap News Agency", "— VNA/VNS"), Reuters' reporting line ("(Reporting by …; Editing by …)"),
 * a copyright line ("© 2020 Reuters"), "Le Monde with AFP", a staff byline ("AP Business Writer X contributed to this
 * report") and a content provider ("Provided by European Space Agency"). Only a known agency counts, except after
 * "Provided by", which names the source outright: a paper's own name in its footer is not a credit. Pure, thread-safe.
 */
final class Credits {
    /** Bullets, dashes, "Source:" and brackets around a credit that stands alone. */
    private static final Pattern SOLE = Pattern.compile(
            "(?i)^[\\s•·*|—–―-]{0,4}(?:(?:source|sources|credit|from)\\s*:\\s*)?\\(?\\s*(?<credit>[^()\\n]{2,80}?)\\s*\\)?\\s*[.]?$");
    /** Reuters signs its copy with who reported, wrote and edited it. */
    private static final Pattern REUTERS_LINE = Pattern.compile(
            "(?i)^(?:[(\\[]\\s*(?:additional\\s+)?(?:reporting|writing|editing|compiled)\\s+by\\s"
                    + "|(?:additional\\s+)?reporting\\s+by\\s[^;\\n]{1,200};\\s*(?:writing|editing)\\s+by\\s)");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)^(?:copyright|©|\\(c\\))\\s*(?:[@©]|\\(c\\))?\\s*(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?)?[\\s,]*"
                    + "(?<holder>\\p{L}[\\p{L} .&’'-]{1,60}?)[\\s.,]*(?:all rights reserved\\.?)?$");
    /** "Le Monde with AFP", "(With Reuters)", "Staff writer, with AFP": names (or a staff line) before "with", no verb. */
    private static final Pattern WITH = Pattern.compile(
            "^\\(?(?:(?:\\p{Lu}[\\p{L}’'.-]*|[Ss]taff|writers?|reporters?|and)[\\s,]+){0,4}(?:[—–-]\\s*)?[Ww]ith\\s+(?<ag>[\\p{L} .-]{2,40}?)\\)?\\.?$");
    private static final Pattern PROVIDED = Pattern.compile("(?i)^(?:story\\s+|article\\s+)?provided\\s+by\\s+(?<who>\\p{L}[\\p{L}\\d .&’'-]{1,80}?)\\.?$");
    /** "AP Business Writer", "Associated Press writers", "Reuters correspondent", "AFP staff". */
    private static final Pattern STAFF = Pattern.compile("(?i)\\b(?:writers?|correspondents?|staff|reporters?)\\b");

    private final Lexicon lexicon;

    Credits(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The agency a paragraph that is only a credit names: "(Xinhua)", "• Kyodo", "ASSOCIATED PRESS", "— VNA/VNS". */
    String sole(String line) {
        if (line.length() > 90) return null;
        Matcher m = SOLE.matcher(line.strip());
        if (!m.matches()) return null;
        String credit = m.group("credit").strip();
        String known = named(credit);
        if (known != null) return known;
        // "(Xinhua News Agency December 17, 2005)": the credit, then the day the page ran it
        int cut = dateStart(credit);
        return cut > 0 ? named(credit.substring(0, cut).replaceAll("[\\s,]+$", "")) : null;
    }

    /** The agency a closing line credits, in any of the forms above, or null. */
    String closing(String line) {
        String t = line.strip();
        if (t.length() > 400) return null;
        if (REUTERS_LINE.matcher(t).find()) return lexicon.agency("Reuters");
        String s = sole(t);
        if (s != null) return s;
        if (t.length() > 160) return null;
        Matcher m = COPYRIGHT.matcher(t);
        if (m.matches()) return named(m.group("holder"));
        m = WITH.matcher(t);
        if (m.matches()) {
            String known = named(m.group("ag"));
            if (known != null) return known;
        }
        m = PROVIDED.matcher(t);
        if (m.matches()) {
            String who = m.group("who").strip();
            return named(who) != null ? named(who) : who;
        }
        return staff(t);
    }

    /** "By MATT O'BRIEN and AP Technology Writer", "AP Business Writer Kelvin Chan contributed": the agency before the staff word. */
    String staff(String line) {
        if (line.length() > 200) return null;
        Matcher m = STAFF.matcher(line);
        while (m.find()) {
            String[] before = line.substring(0, m.start()).strip().split("\\s+");
            int n = before.length;
            // the agency is one to three words, possibly followed by a beat ("Technology", "Business")
            for (int end = n; end >= Math.max(1, n - 1); end--) {
                for (int start = Math.max(0, end - 3); start < end; start++) {
                    String cand = String.join(" ", java.util.Arrays.copyOfRange(before, start, end)).replaceAll("^[^\\p{L}]+|[^\\p{L}.]+$", "");
                    if (cand.isEmpty() || !Character.isUpperCase(cand.charAt(0))) continue;
                    String known = lexicon.agency(cand);
                    if (known != null) return known;
                }
            }
        }
        return null;
    }

    /** A known agency ("ASSOCIATED PRESS" too: names compare folded), or the last of a joint credit "VNA/VNS"; else null. */
    String named(String credit) {
        if (credit == null) return null;
        String c = credit.strip().replaceAll("^[\\s•·*—–―-]+|[\\s.,;:]+$", "");
        if (c.isEmpty() || c.length() > 60) return null;
        String known = lexicon.agency(c);
        if (known != null) return known;
        if (c.indexOf('/') > 0) {
            // every part an agency: a photographer's "Chuck Burton/AP" credits a picture, not the story
            String[] parts = c.split("\\s*/\\s*");
            for (String part : parts) if (lexicon.agency(part) == null) return null;
            return lexicon.agency(parts[parts.length - 1]);
        }
        return null;
    }

    /** Where a trailing written date starts in a credit ("Xinhua News Agency December 17, 2005"), or -1. */
    private static int dateStart(String credit) {
        for (Dates.Found f : Dates.find(credit, 0, credit.length())) {
            if (credit.substring(f.end()).isBlank()) return f.start();
        }
        return -1;
    }

    /** The date printed inside a credit line ("(Xinhua News Agency December 17, 2005)"), or null. */
    static String dateIn(String line) {
        if (line.length() > 120) return null;
        for (Dates.Found f : Dates.find(line, 0, line.length())) {
            if (f.year() != 0) return f.iso();
        }
        return null;
    }
}
