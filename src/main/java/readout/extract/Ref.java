package readout.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import readout.text.Span;

/**
 * Who a mention points at: one or more people, or a named organization, country or source.
 *
 * @param how     the rule that resolved the mention ("name", "pronoun", "role-noun", "group", "organization" ...), so
 *                a statement can say why it names this speaker; null when the speaker came from no mention
 * @param mention where the words that name the speaker stand in the text ("He", "the Cuban leader"), or null
 */
record Ref(List<Person> people, String label, String how, Span mention) {

    static Ref person(Person p) {
        return new Ref(List.of(p), null, null, null);
    }

    static Ref people(List<Person> ps) {
        return new Ref(List.copyOf(new LinkedHashSet<>(ps)), null, null, null);
    }

    static Ref label(String label) {
        return new Ref(List.of(), label, null, null);
    }

    /** The same referent, resolved by the named rule (kept when a rule is already named: the innermost decided). */
    Ref by(String rule) {
        return how != null ? this : new Ref(people, label, rule, mention);
    }

    /** The same referent, named by the words at this span. */
    Ref at(Span span) {
        return new Ref(people, label, how, span);
    }

    boolean plural() {
        return people.size() > 1;
    }

    boolean single() {
        return people.size() == 1 && label == null;
    }

    boolean isLabel() {
        return label != null;
    }

    List<String> names() {
        if (label != null) return List.of(label.split("; ")); // joint labels ("Pakistan; Afghanistan") name each party
        List<String> out = new ArrayList<>();
        for (Person p : people) out.add(p.name);
        return out;
    }

    static Ref join(List<Ref> refs) {
        List<Person> ps = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Ref r : refs) {
            ps.addAll(r.people);
            if (r.label != null) labels.add(r.label);
        }
        String how = "coordination";
        if (labels.isEmpty()) return people(ps).by(how);
        if (ps.isEmpty()) return label(String.join("; ", labels)).by(how);
        List<String> all = new ArrayList<>();
        for (Person p : ps) all.add(p.name);
        all.addAll(labels);
        return label(String.join("; ", all)).by(how);
    }
}
