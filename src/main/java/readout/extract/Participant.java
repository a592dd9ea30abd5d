package readout.extract;

import java.util.List;

/**
 * A person who takes part in the story, with every form the text uses for them.
 *
 * @param name        canonical name: the fullest form the text gives ("Nguyễn Phú Trọng")
 * @param aliases     other forms: title + name, surname, role nouns resolved to them ("the Cuban leader")
 * @param role        title or role as printed, or null
 * @param affiliation country (or organization) they speak for, or null
 */
public record Participant(String name, List<String> aliases, String role, String affiliation) {}
