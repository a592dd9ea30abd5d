package readout.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> words(String text) {
        return Tokenizer.tokenize(text, new Span(0, text.length())).stream().map(Token::text).toList();
    }

    @Test
    void keepsHyphenatedNamesAbbreviationsAndAgesWhole() {
        assertEquals(List.of("Díaz-Canel", "met", "Kim", "Jong-un", "in", "the", "U.S.", ",", "13-year-old"),
                words("Díaz-Canel met Kim Jong-un in the U.S., 13-year-old"));
    }

    @Test
    void splitsThePossessive() {
        assertEquals(List.of("Cuba", "’s", "support", "and", "Việt", "Nam", "'s"), words("Cuba’s support and Việt Nam's"));
    }

    @Test
    void tokensCarryTheirOffsets() {
        String text = "He said: “Yes.”";
        for (Token t : Tokenizer.tokenize(text, new Span(0, text.length()))) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
    }

    @Test
    void charactersOutsideTheBasicPlaneAreNeverCutInHalves() {
        assertEquals(List.of("The", "sea", "🌊", "rose", ",", "said", "𝔈𝔲𝔯𝔬", "🐟"), words("The sea 🌊 rose, said 𝔈𝔲𝔯𝔬 🐟"));
    }

    @Test
    void aZeroWidthJoinerInsideAWordIsPartOfIt() {
        assertEquals(List.of("fisher\u200Dmen", "and", "oc\u200Cean"), words("fisher\u200Dmen and oc\u200Cean"));
    }
}
