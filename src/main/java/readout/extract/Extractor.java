package readout.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import readout.article.Article;
import readout.lexicon.Lexicon;
import readout.text.SentenceSplitter;

/**
 * The extraction engine: participants, statements, agreements, summary and keywords of a parsed article.
 * Deterministic, no I/O; one instance is safe to share between threads (all per-article state lives in
 * objects made for that call).
 */
public final class Extractor {
    /** Bumped whenever a change alters what the engine extracts; stored records with another version are redone. */
    public static final String VERSION = "2026.12.02-15";

    private final Lexicon lexicon;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ParticipantFinder finder;
    private final AttributionExtractor attribution;
    private final Summarizer summarizer;

    public Extractor() {
        this(Lexicon.standard());
    }

    public Extractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.finder = new ParticipantFinder(lexicon);
        this.attribution = new AttributionExtractor(lexicon);
        this.summarizer = new Summarizer(lexicon);
    }

    public Extraction extract(Article article) {
        Doc doc = new Doc(article, splitter);
        String home = article.dateline() == null ? null : homeCountry(article.dateline());
        Cast cast = finder.find(doc, home);
        Genders.assign(cast);
        Resolver resolver = new Resolver(cast, home);
        AttributionExtractor.Result r = attribution.extract(doc, cast, resolver);
        List<Participant> participants = new ArrayList<>();
        for (Person p : cast.people) participants.add(p.toParticipant());
        Map<String, Set<String>> orgs = new TreeMap<>(resolver.organizations());
        return new Extraction(participants, orgs, r.statements(), r.agreements(),
                summarizer.summarize(doc, r.statements(), r.agreements(), cast, 3),
                summarizer.keywords(doc, cast, 8), doc.size());
    }

    /** The country a dateline is in: "HÀ NỘI" -> Việt Nam, "Tashkent, Uzbekistan" -> Uzbekistan. */
    private String homeCountry(String dateline) {
        String[] parts = dateline.split(",");
        for (int i = parts.length - 1; i >= 0; i--) {
            String c = lexicon.country(parts[i].trim());
            if (c != null) return c;
        }
        return lexicon.countryOfCity(parts[0].trim());
    }
}
