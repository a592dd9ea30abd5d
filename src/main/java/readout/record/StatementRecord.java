package readout.record;

import java.util.List;

/**
 * @param speaker  canonical speaker; joint speakers joined as "A; B"
 * @param speakers the same, one entry per speaker
 * @param speakerMention the words in the text that name the speaker, with their span; null when no words do
 * @param via      how the speaker was decided ("explicit/pronoun", "inverted/name", "continuation-quote")
 */
public record StatementRecord(String speaker, List<String> speakers, String text, String cue, boolean direct,
                              int sentence, SpanRecord span, MentionRecord speakerMention, String via) {}
