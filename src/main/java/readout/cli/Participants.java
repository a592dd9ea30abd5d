package readout.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import readout.Readout;
import readout.participants.ArticleEntries;
import readout.participants.IndexEntry;
import readout.participants.ParticipantIndex;
import readout.participants.Person;
import readout.participants.Timeline;
import readout.record.RecordJson;
import readout.record.SummaryRecord;
import readout.view.TimelineView;

/**
 * {@code participants PATH... [--name NAME] [--html]}: the participant index over local files, built as the store
 * builds it — one JSON line per person with their statements and agreements, or one person's timeline page.
 */
final class Participants {
    private Participants() {}

    static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        String name = null;
        boolean html = false;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--html" -> html = true;
                case "--name" -> {
                    if (i + 1 >= args.size()) {
                        err.println("--name needs a name\n" + HELP);
                        return Main.USAGE;
                    }
                    name = args.get(++i);
                }
                case "--help", "-h" -> {
                    out.println(HELP);
                    return Main.OK;
                }
                default -> {
                    if (a.startsWith("--")) {
                        err.println("unknown option: " + a + "\n" + HELP);
                        return Main.USAGE;
                    }
                    paths.add(a);
                }
            }
        }
        if (html && name == null) {
            err.println("participants --html shows one person: give --name NAME\n" + HELP);
            return Main.USAGE;
        }
        Readout readout = new Readout();
        List<IndexEntry> entries = new ArrayList<>();
        int failed = 0;
        for (Inputs.Input in : Inputs.of(paths).inputs()) {
            SummaryRecord r = Main.summarize(readout, in, in.read(readout.maxBytes()), null);
            if (r.failed()) {
                failed++;
                err.println("readout: " + in.source() + ": " + r.error().code().toLowerCase(Locale.ROOT) + ": " + r.error().message());
            }
            entries.addAll(ArticleEntries.of(r));
        }
        ParticipantIndex index = new ParticipantIndex(entries);
        List<Person> people;
        if (name != null) {
            Optional<Person> p = index.byName(name);
            if (p.isEmpty()) {
                err.println("readout: no participant named " + name + " in these articles");
                return Main.SOME_FAILED;
            }
            people = List.of(p.get());
        } else {
            people = index.people();
        }
        if (html) {
            out.print(TimelineView.render(people.get(0), index.entries(people.get(0))));
        } else {
            for (Person p : people) out.println(RecordJson.toJson(line(p, index.entries(p))));
        }
        return failed > 0 ? Main.SOME_FAILED : Main.OK;
    }

    /** A person and what they said and agreed to, newest article first. */
    static Map<String, Object> line(Person p, List<IndexEntry> entries) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("person", p);
        m.put("statements", Timeline.statements(entries));
        m.put("agreements", Timeline.agreements(entries));
        return m;
    }

    static final String HELP = """
            usage: readout participants [--name NAME] [--html] [PATH...]
              Summarizes the articles (files and folders; with no PATH the samples inside the jar) and indexes them by
              participant, as the store does: one JSON line per person — {"person": {key, name, aliases, roles,
              affiliations, articleCount, statementCount, agreementCount, firstDate, lastDate}, "statements": [...],
              "agreements": [...]}, newest article first, undated ones last.
              --name NAME  only that person (matched folded: "nguyen phu trong" finds Nguyễn Phú Trọng)
              --html       the person's timeline page instead (needs --name)
            exit status: 0 done, 1 some input was rejected or no such person, 2 bad usage""";
}
