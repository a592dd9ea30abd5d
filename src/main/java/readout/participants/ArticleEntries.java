package readout.participants;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import readout.record.AgreementRecord;
import readout.record.ParticipantRecord;
import readout.record.StatementRecord;
import readout.record.SummaryRecord;

/**
 * The index entries of one record: one per person who takes part, with what they said and agreed to there.
 * Pure and deterministic: the same record always gives the same entries, in the order of its participants.
 * <p>
 * Within an article a person is one entry however the text names them: speakers and parties are matched to
 * participants by their canonical name or any alias, folded; a participant known only by one word that is the
 * last word of exactly one fuller participant ("Trọng" beside "Nguyễn Phú Trọng") is that person. Speakers that
 * are no participant (organizations, countries, "police") are not indexed: the index is of people.
 */
public final class ArticleEntries {
    /** As many people as the record tracks per article (ParticipantFinder's cap): the writes per article stay bounded. */
    public static final int MAX_PEOPLE = 200;
    /** The characters of statement and agreement text one entry carries, so an item stays far below 400 KB. */
    static final int MAX_ENTRY_CHARS = 60_000;
    /** One statement's text is cut here (its span still points at the whole evidence). */
    static final int MAX_TEXT_CHARS = 4_000;
    static final int MAX_ALIASES = 50;

    private ArticleEntries() {}

    public static List<IndexEntry> of(SummaryRecord r) {
        if (r.failed() || r.participants() == null) return List.of();
        // The participants that are people of their own, and which of them each folded name or alias means.
        List<ParticipantRecord> people = new ArrayList<>();
        Map<String, Integer> byKey = new HashMap<>();
        Set<String> ambiguous = new java.util.HashSet<>();
        for (ParticipantRecord p : r.participants()) {
            String key = PersonKey.of(p.name());
            if (key.isEmpty() || byKey.containsKey(key) || people.size() >= MAX_PEOPLE) continue;
            byKey.put(key, people.size());
            people.add(p);
        }
        Map<Integer, Integer> mergedInto = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            String key = PersonKey.of(people.get(i).name());
            if (PersonKey.words(key).size() != 1) continue;
            int fuller = -1;
            for (int j = 0; j < people.size(); j++) {
                List<String> w = PersonKey.words(PersonKey.of(people.get(j).name()));
                if (j != i && w.size() > 1 && w.get(w.size() - 1).equals(key)) fuller = fuller == -1 ? j : -2;
            }
            if (fuller >= 0) mergedInto.put(i, fuller);
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            int owner = mergedInto.getOrDefault(i, i);
            names.put(PersonKey.of(people.get(i).name()), owner);
        }
        for (int i = 0; i < people.size(); i++) {
            int owner = mergedInto.getOrDefault(i, i);
            for (String alias : people.get(i).aliases()) {
                String k = PersonKey.of(alias);
                if (k.isEmpty() || byKey.containsKey(k)) continue; // a participant's own name outranks another's alias
                Integer had = names.putIfAbsent(k, owner);
                if (had != null && had != owner) ambiguous.add(k);
            }
        }
        ambiguous.forEach(names::remove);

        Map<Integer, Builder> entries = new LinkedHashMap<>();
        for (int i = 0; i < people.size(); i++) {
            int owner = mergedInto.getOrDefault(i, i);
            entries.computeIfAbsent(owner, o -> new Builder(people.get(o))).absorb(people.get(i));
        }
        List<StatementRecord> statements = r.statements() == null ? List.of() : r.statements();
        for (int s = 0; s < statements.size(); s++) {
            StatementRecord st = statements.get(s);
            List<String> speakers = st.speakers() != null && !st.speakers().isEmpty() ? st.speakers()
                    : st.speaker() == null ? List.of() : List.of(st.speaker().split("; "));
            Set<Integer> who = resolve(speakers, names);
            for (int owner : who) {
                List<String> with = new ArrayList<>();
                for (String other : speakers) if (!Integer.valueOf(owner).equals(names.get(PersonKey.of(other)))) with.add(other);
                entries.get(owner).said(new IndexEntry.Said(s, cut(st.text()), st.cue(), st.direct(), st.span(), with));
            }
        }
        List<AgreementRecord> agreements = r.agreements() == null ? List.of() : r.agreements();
        for (int a = 0; a < agreements.size(); a++) {
            AgreementRecord ag = agreements.get(a);
            for (int owner : resolve(ag.parties(), names)) {
                entries.get(owner).agreed(new IndexEntry.Agreed(a, ag.parties(), cut(ag.text()), ag.kind(), ag.cue(), ag.span()));
            }
        }
        List<IndexEntry> out = new ArrayList<>();
        for (Builder b : entries.values()) out.add(b.build(r));
        return out;
    }

    private static Set<Integer> resolve(List<String> names, Map<String, Integer> byName) {
        Set<Integer> out = new LinkedHashSet<>();
        if (names == null) return out;
        for (String n : names) {
            Integer owner = byName.get(PersonKey.of(n));
            if (owner != null) out.add(owner);
        }
        return out;
    }

    private static String cut(String text) {
        if (text == null || text.length() <= MAX_TEXT_CHARS) return text;
        int end = MAX_TEXT_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) end--;
        return text.substring(0, end) + "…";
    }

    /** One person's entry while the record is read. */
    private static final class Builder {
        private final ParticipantRecord person;
        private final Set<String> aliases = new LinkedHashSet<>();
        private final List<IndexEntry.Said> said = new ArrayList<>();
        private final List<IndexEntry.Agreed> agreed = new ArrayList<>();
        private int chars;
        private int omitted;

        Builder(ParticipantRecord person) {
            this.person = person;
        }

        void absorb(ParticipantRecord p) {
            if (p != person) add(p.name());
            for (String a : p.aliases()) add(a);
        }

        private void add(String alias) {
            if (alias != null && !alias.equals(person.name()) && aliases.size() < MAX_ALIASES) {
                aliases.add(alias.length() <= PersonKey.MAX_LENGTH ? alias : alias.substring(0, PersonKey.MAX_LENGTH));
            }
        }

        void said(IndexEntry.Said s) {
            if (fits(s.text())) said.add(s);
        }

        void agreed(IndexEntry.Agreed a) {
            if (fits(a.text())) agreed.add(a);
        }

        private boolean fits(String text) {
            int n = text == null ? 0 : text.length();
            if (chars + n > MAX_ENTRY_CHARS) {
                omitted++;
                return false;
            }
            chars += n;
            return true;
        }

        IndexEntry build(SummaryRecord r) {
            return new IndexEntry(PersonKey.of(person.name()), person.name(), List.copyOf(aliases), person.role(), person.affiliation(),
                    r.articleId(), r.publishedDate(), r.title(), r.source(), r.extractorVersion(), r.contentSha256(),
                    List.copyOf(said), List.copyOf(agreed), omitted);
        }
    }
}
