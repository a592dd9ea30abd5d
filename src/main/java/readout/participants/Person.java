package readout.participants;

import java.util.List;

/**
 * A person across articles, as the index knows them.
 *
 * @param key       the key that names the person (of the shortest name the merge rule joined)
 * @param keys      every key joined into the person (a middle name's variant ...)
 * @param name      the fullest name seen
 * @param articleCount   the articles that name the person; {@code statementCount} and {@code agreementCount} the
 *                       statements and agreements the index holds of them there
 * @param firstDate the earliest publication date among the articles, null when none is dated
 */
public record Person(String key, List<String> keys, String name, List<String> aliases, List<String> roles,
                     List<String> affiliations, int articleCount, int statementCount, int agreementCount,
                     String firstDate, String lastDate) {}
