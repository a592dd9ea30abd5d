package readout.lambda;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Content negotiation by an {@code Accept} header (RFC 9110 §12.5.1): media ranges with q-values, the most
 * specific range deciding each type's weight ({@code text/html} over {@code text/*} over {@code *}{@code /*}).
 * Malformed ranges are ignored rather than refused, as the RFC lets a server do.
 */
final class AcceptHeader {
    /** More ranges than any client sends; the rest are ignored, so the work per header is bounded. */
    static final int MAX_RANGES = 64;

    private AcceptHeader() {}

    private record Range(String type, String subtype, int specificity, double q) {
        boolean matches(String t, String s) {
            return (type.equals("*") || type.equals(t)) && (subtype.equals("*") || subtype.equals(s));
        }
    }

    /**
     * Of the types offered (in the server's order of preference), the one the header weighs highest; ties go to the
     * earlier offer, and no header means the first. Null when the header refuses them all (q=0 or no range matches).
     */
    static String choose(String accept, List<String> offered) {
        if (accept == null || accept.isBlank()) return offered.get(0);
        List<Range> ranges = parse(accept);
        String best = null;
        double bestQ = 0;
        for (String offer : offered) {
            int slash = offer.indexOf('/');
            String t = offer.substring(0, slash), s = offer.substring(slash + 1);
            Range decisive = null;
            for (Range r : ranges) {
                if (!r.matches(t, s)) continue;
                // the most specific range decides; among equally specific ones, the highest weight
                if (decisive == null || r.specificity() > decisive.specificity()
                        || r.specificity() == decisive.specificity() && r.q() > decisive.q()) decisive = r;
            }
            if (decisive != null && decisive.q() > bestQ) {
                best = offer;
                bestQ = decisive.q();
            }
        }
        return best;
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String element : split(accept, ',')) {
            if (ranges.size() == MAX_RANGES) break;
            List<String> parts = split(element, ';');
            String mediaRange = parts.get(0).trim().toLowerCase(Locale.ROOT);
            int slash = mediaRange.indexOf('/');
            if (slash <= 0 || slash == mediaRange.length() - 1 || mediaRange.indexOf('/', slash + 1) >= 0) continue;
            String type = mediaRange.substring(0, slash), subtype = mediaRange.substring(slash + 1);
            if (type.equals("*") && !subtype.equals("*")) continue;
            double q = 1;
            boolean valid = true;
            for (String p : parts.subList(1, parts.size())) {
                String param = p.trim();
                if (param.length() > 2 && param.substring(0, 2).equalsIgnoreCase("q=")) {
                    q = qvalue(param.substring(2));
                    if (q < 0) valid = false;
                    break; // parameters after the weight are accept-extensions, not part of the range
                }
            }
            if (!valid) continue;
            int specificity = type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
            ranges.add(new Range(type, subtype, specificity, q));
        }
        return ranges;
    }

    /** A qvalue ({@code 0}, {@code 0.5}, {@code 1.000}: at most three decimals, 0 to 1); -1 when malformed. */
    private static double qvalue(String v) {
        if (!v.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) return -1;
        return Double.parseDouble(v.endsWith(".") ? v + "0" : v);
    }

    /** Splits on a separator outside quoted strings (a parameter may quote a comma or a semicolon). */
    private static List<String> split(String s, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\' && i + 1 < s.length()) {
                current.append(c).append(s.charAt(++i));
                continue;
            }
            if (c == '"') quoted = !quoted;
            if (c == separator && !quoted) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }
}
