package readout.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Who a mention points at: one or more people, or a named organization, country or source. */
record Ref(List<Person> people, String label) {

    static Ref person(Person p) {
        return new Ref(List.of(p), null);
    }

    static Ref people(List<Person> ps) {
        return new Ref(List.copyOf(new LinkedHashSet<>(ps)), null);
    }

    static Ref label(String label) {
        return new Ref(List.of(), label);
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
        if (labels.isEmpty()) return people(ps);
        if (ps.isEmpty()) return label(String.join("; ", labels));
        List<String> all = new ArrayList<>();
        for (Person p : ps) all.add(p.name);
        all.addAll(labels);
        return label(String.join("; ", all));
    }
}
