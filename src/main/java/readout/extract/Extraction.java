package readout.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything the engine read in one article. */
public record Extraction(
        List<Participant> participants,
        Map<String, Set<String>> organizations,
        List<Statement> statements,
        List<Agreement> agreements,
        List<String> summary,
        List<String> keywords,
        int sentences) {}
