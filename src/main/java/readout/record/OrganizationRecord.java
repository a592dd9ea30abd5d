package readout.record;

import java.util.List;

/** An organization, country or source that speaks in the story ("Foreign Office", "Pakistan", "police"). */
public record OrganizationRecord(String name, List<String> aliases) {}
