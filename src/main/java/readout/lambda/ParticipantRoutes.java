package readout.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import readout.participants.IndexEntry;
import readout.participants.ParticipantIndex;
import readout.participants.Person;
import readout.participants.PersonKey;
import readout.participants.Timeline;
import readout.record.RecordJson;
import readout.store.ParticipantIndexing;
import readout.view.TimelineView;

/**
 * The participant routes of the API: {@code GET /participants?prefix=}, {@code /participants/{key}} (JSON, or the
 * timeline page), {@code /participants/{key}/statements} and {@code /agreements}. Page tokens are base64url of the
 * route they belong to and a position in it, checked in full: a forged one is a 400, never a 500.
 */
final class ParticipantRoutes {
    private final ParticipantIndexing indexing;

    ParticipantRoutes(ParticipantIndexing indexing) {
        this.indexing = indexing;
    }

    /** @param rest the path after "/participants" ("", "/nguyen-phu-trong", "/nguyen-phu-trong/statements") */
    APIGatewayV2HTTPResponse route(String rest, Function<String, String> query, boolean html) {
        if (indexing == null) return ApiHandler.error(404, "NOT_FOUND", "no participant index is configured (PARTICIPANT_TABLE_NAME)");
        if (rest.isEmpty()) return people(query);
        String[] parts = rest.substring(1).split("/", -1);
        String key = parts[0];
        if (!key.equals(PersonKey.of(key)) || key.isEmpty()) return ApiHandler.error(404, "NOT_FOUND", "no participant " + key);
        if (parts.length == 1) return person(key, html);
        if (parts.length == 2 && (parts[1].equals("statements") || parts[1].equals("agreements"))) return items(key, parts[1], query);
        return ApiHandler.error(404, "NOT_FOUND", "no route GET /participants" + rest);
    }

    private APIGatewayV2HTTPResponse people(Function<String, String> query) {
        String prefix = PersonKey.prefix(query.apply("prefix"));
        if (prefix.isEmpty()) return ApiHandler.error(400, "BAD_REQUEST", "give prefix=, at least one letter of a name");
        int limit = limit(query);
        if (limit < 0) return badLimit();
        String route = "people:" + prefix;
        String after = after(query.apply("nextToken"), route);
        if (after == null) return badToken();
        if (!after.isEmpty() && !(after.startsWith(prefix) && after.equals(PersonKey.of(after)))) return badToken();
        ParticipantIndexing.Result read = indexing.read(prefix);
        // the page starts after the last key the client saw: people added meanwhile never repeat one
        List<Person> people = read.index().withPrefix(prefix).stream().filter(p -> p.key().compareTo(after) > 0).toList();
        List<Person> page = people.subList(0, Math.min(limit, people.size()));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Person p : page) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", p.key());
            m.put("name", p.name());
            m.put("articleCount", p.articleCount());
            m.put("statementCount", p.statementCount());
            m.put("agreementCount", p.agreementCount());
            items.add(m);
        }
        return page(items, limit < people.size() ? token(route, page.get(page.size() - 1).key()) : null, read.truncated());
    }

    private Optional<Found> find(String key) {
        ParticipantIndexing.Result read = indexing.read(key);
        return read.index().person(key).map(p -> new Found(p, read.index(), read.truncated()));
    }

    private record Found(Person person, ParticipantIndex index, boolean truncated) {}

    private APIGatewayV2HTTPResponse person(String key, boolean html) {
        Optional<Found> f = find(key);
        if (f.isEmpty()) return ApiHandler.error(404, "NOT_FOUND", "no participant " + key);
        if (html) {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withHeaders(Map.of("Content-Type", "text/html; charset=utf-8"))
                    .withBody(TimelineView.render(f.get().person(), f.get().index().entries(f.get().person()))).build();
        }
        return ApiHandler.json(200, RecordJson.toJson(f.get().person()), Map.of());
    }

    private APIGatewayV2HTTPResponse items(String key, String kind, Function<String, String> query) {
        String from = query.apply("from"), to = query.apply("to");
        if (!isDay(from) || !isDay(to)) return ApiHandler.error(400, "BAD_REQUEST", "from and to must be YYYY-MM-DD days");
        if (from != null && to != null && from.compareTo(to) > 0) return ApiHandler.error(400, "BAD_REQUEST", "from is after to");
        int limit = limit(query);
        if (limit < 0) return badLimit();
        String route = kind + ":" + key + ":" + from + ":" + to;
        String token = after(query.apply("nextToken"), route);
        Position after = token == null ? null : token.isEmpty() ? Position.START : Position.decode(token);
        if (after == null) return badToken();
        Optional<Found> f = find(key);
        if (f.isEmpty()) return ApiHandler.error(404, "NOT_FOUND", "no participant " + key);
        List<IndexEntry> entries = f.get().index().entries(f.get().person()).stream().filter(e -> Timeline.between(e, from, to)).toList();
        List<?> all = kind.equals("statements") ? Timeline.statements(entries) : Timeline.agreements(entries);
        // the page starts after the last item the client saw, by its place in the order: an article indexed meanwhile
        // never makes an item repeat
        List<?> rest = all.stream().filter(i -> Position.of(i).compareTo(after) > 0).toList();
        List<?> items = rest.subList(0, Math.min(limit, rest.size()));
        return page(items, limit < rest.size() ? token(route, Position.of(items.get(items.size() - 1)).encode()) : null,
                f.get().truncated());
    }

    /**
     * Where an item stands in a listing's order: its article's date (newest first, undated last), the article, its
     * place in the article. A page token carries the last one a page showed.
     */
    private record Position(String date, String articleId, int index) implements Comparable<Position> {
        static final Position START = new Position("9999-99-99", "", -1);
        private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("(\\d{4}-\\d{2}-\\d{2})?\\|([0-9a-f]{32})\\|(\\d{1,6})");

        static Position of(Object item) {
            if (item instanceof Timeline.StatementItem s) return new Position(dateKey(s.publishedDate()), s.articleId(), s.index());
            Timeline.AgreementItem a = (Timeline.AgreementItem) item;
            return new Position(dateKey(a.publishedDate()), a.articleId(), a.index());
        }

        private static String dateKey(String date) {
            return date == null ? "" : date; // "" sorts after every date in the newest-first order
        }

        @Override
        public int compareTo(Position o) {
            int c = o.date.compareTo(date);
            if (c != 0) return c;
            c = articleId.compareTo(o.articleId);
            return c != 0 ? c : Integer.compare(index, o.index);
        }

        String encode() {
            return date + "|" + articleId + "|" + index;
        }

        /** The position a token's text names, or null when it is not one this API writes. */
        static Position decode(String s) {
            java.util.regex.Matcher m = FORM.matcher(s);
            if (!m.matches()) return null;
            return new Position(m.group(1) == null ? "" : m.group(1), m.group(2), Integer.parseInt(m.group(3)));
        }
    }

    private static boolean isDay(String d) {
        if (d == null) return true;
        if (!d.matches("\\d{4}-\\d{2}-\\d{2}")) return false;
        try {
            LocalDate.parse(d);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int limit(Function<String, String> query) {
        String l = query.apply("limit");
        if (l == null) return ApiHandler.DEFAULT_LIMIT;
        try {
            int n = Integer.parseInt(l);
            return n >= 1 && n <= ApiHandler.MAX_LIMIT ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String token(String route, String after) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((route + "\n" + after).getBytes(StandardCharsets.UTF_8));
    }

    /** What a token says the last page ended with: "" without a token, null when it is not a token of this route. */
    private static String after(String token, String route) {
        if (token == null) return "";
        if (token.length() > 1024) return null;
        try {
            String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int nl = s.lastIndexOf('\n');
            if (nl < 0 || !s.substring(0, nl).equals(route) || nl + 1 == s.length()) return null;
            return s.substring(nl + 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static APIGatewayV2HTTPResponse page(List<?> items, String next, boolean truncated) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", items);
        out.put("nextToken", next);
        // the prefix matched more entries than one read takes: say so rather than answer short in silence
        if (truncated) out.put("truncated", true);
        return ApiHandler.json(200, RecordJson.toJson(out), Map.of());
    }

    private static APIGatewayV2HTTPResponse badLimit() {
        return ApiHandler.error(400, "BAD_REQUEST", "limit must be 1 to " + ApiHandler.MAX_LIMIT);
    }

    private static APIGatewayV2HTTPResponse badToken() {
        return ApiHandler.error(400, "BAD_REQUEST", "nextToken is not a token this API made for this listing");
    }
}
