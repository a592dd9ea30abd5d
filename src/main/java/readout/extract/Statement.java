package readout.extract;

import java.util.List;
import readout.text.Span;

/**
 * Something a speaker said, with its evidence.
 *
 * @param speakers       canonical names of the speaker(s): one person, several ("The two leaders"), or an organization
 * @param text           the proposition, as written, without the cue, the speaker or a leading "that"
 * @param cue            the cue as written ("expressed his belief", "said", "According to")
 * @param direct         true when the whole proposition is inside quotation marks
 * @param sentence       index of the sentence that holds the evidence
 * @param span           where {@code text} stands in the article text
 * @param speakerMention the words that name the speaker ("He", "the chief executive"), or null when none does
 *                       ("It was agreed that ...")
 * @param via            how the speaker was decided: the attribution's shape and the rule that resolved the mention
 *                       ("explicit/pronoun", "inverted/name", "continuation"), so each decision can be explained and counted
 */
public record Statement(List<String> speakers, String text, String cue, boolean direct, int sentence, Span span,
                        Mention speakerMention, String via) {}
