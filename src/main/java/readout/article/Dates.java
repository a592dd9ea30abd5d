package readout.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds written dates: "2021-05-06", "2021/05/06", "March 04, 2024", "Aug. 18", "22 January 2018", "4th Mar, 2024",
 * "Mon 3 Mar 2016 10.11 GMT"; and the dates that URLs and file names carry ("/2016/03/03/", "/20231108/", "2016-02-04-slug").
 */
final class Dates {
    /** A date as written; year 0 when the text gave none. */
    record Found(int year, int month, int day, int start, int end) {
        String iso() {
            return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        }

        boolean valid() {
            try {
                LocalDate.of(year == 0 ? 2000 : year, month, day);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})([-/])(\\d{2})\\2(\\d{2})\\b");
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "(?:,?\\s+(\\d{4})\\b)?");
    private Dates() {}

    private static final String[] MONTH_STEMS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    static List<Found> find(String text, int from, int to) {
        List<Found> out = new ArrayList<>();
        String s = text.substring(from, to);
        // Cheap checks first: most paragraphs name no month and hold no ISO date.
        boolean month = false;
        for (String stem : MONTH_STEMS) {
            if (s.contains(stem)) {
                month = true;
                break;
            }
        }
        boolean iso = s.indexOf('-') >= 0 || s.indexOf('/') >= 0;
        if (!month && !iso) return out;
        Matcher m = ISO.matcher(s);
        while (iso && m.find()) {
            add(out, new Found(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                    from + m.start(), from + m.end()));
        }
        m = MDY.matcher(s);
        while (month && m.find()) {
            add(out, new Found(m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), month(m.group(1)),
                    Integer.parseInt(m.group(2)), from + m.start(), from + m.end()));
        }
        m = DMY.matcher(s);
        while (month && m.find()) {
            add(out, new Found(m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), month(m.group(2)),
                    Integer.parseInt(m.group(1)), from + m.start(), from + m.end()));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void add(List<Found> out, Found f) {
        if (!f.valid()) return;
        for (Found o : out) if (o.start() < f.end() && f.start() < o.end()) return;
        out.add(f);
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    /** "/2016/03/03/", "/2016-03-03/", "/20231108/", ".../2016-02-04-story-slug.md": the year must be a plausible one. */
    private static final Pattern PATH_DATE = Pattern.compile(
            "(?:^|[/_=])((?:19|20)\\d{2})(?:([/-])(\\d{1,2})\\2(\\d{1,2})|(\\d{2})(\\d{2}))(?=$|[/_.?#-])");

    /**
     * The publication date a URL or a source name carries ("https://x.org/2016/03/03/story", "_posts/2016-03-22-slug.md"),
     * or null. News sites date their paths with the day they publish; a lone year or month ("/2020/03/") is not a day.
     */
    static String inPath(String path) {
        if (path == null) return null;
        Matcher m = PATH_DATE.matcher(path.length() > 2000 ? path.substring(0, 2000) : path);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            int mo = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
            int d = Integer.parseInt(m.group(4) != null ? m.group(4) : m.group(6));
            Found f = new Found(y, mo, d, 0, 0);
            if (mo >= 1 && mo <= 12 && f.valid()) return f.iso();
        }
        return null;
    }

    /** An ISO date from a metadata value ("2020-07-17T08:00:00Z", "2020-07-17", "July 17, 2020"), or null. */
    static String normalize(String value) {
        if (value == null) return null;
        try {
            return OffsetDateTime.parse(value.trim()).toLocalDate().toString();
        } catch (RuntimeException ignored) {
            // not an ISO timestamp; try the written forms
        }
        for (Found f : find(value, 0, value.length())) {
            if (f.year() != 0) return f.iso();
        }
        return null;
    }
}
