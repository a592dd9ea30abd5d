package readout.record;

import java.util.List;

public record ParticipantRecord(String name, List<String> aliases, String role, String affiliation) {}
