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
        int from = offset(query.apply("nextToken"), route);
        if (from < 0) return badToken();
        ParticipantIndexing.Result read = indexing.read(prefix);
        List<Person> people = read.index().withPrefix(prefix);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Person p : people.subList(Math.min(from, people.size()), Math.min(from + limit, people.size()))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", p.key());
            m.put("name", p.name());
            m.put("articleCount", p.articleCount());
            m.put("statementCount", p.statementCount());
            m.put("agreementCount", p.agreementCount());
            items.add(m);
        }
        return page(items, from + limit < people.size() ? token(route, from + limit) : null, read.truncated());
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
        int offset = offset(query.apply("nextToken"), route);
        if (offset < 0) return badToken();
        Optional<Found> f = find(key);
        if (f.isEmpty()) return ApiHandler.error(404, "NOT_FOUND", "no participant " + key);
        List<IndexEntry> entries = f.get().index().entries(f.get().person()).stream().filter(e -> Timeline.between(e, from, to)).toList();
        List<?> all = kind.equals("statements") ? Timeline.statements(entries) : Timeline.agreements(entries);
        List<?> items = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        return page(items, offset + limit < all.size() ? token(route, offset + limit) : null, f.get().truncated());
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

    private static String token(String route, int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((route + "\n" + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a token carries, 0 without one, -1 when it is not a token of this route. */
    private static int offset(String token, String route) {
        if (token == null) return 0;
        try {
            String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int nl = s.lastIndexOf('\n');
            if (nl < 0 || !s.substring(0, nl).equals(route)) return -1;
            int n = Integer.parseInt(s.substring(nl + 1));
            return n > 0 ? n : -1;
        } catch (IllegalArgumentException e) {
            return -1;
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
