package readout.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import readout.text.Pos;
import readout.text.Span;
import readout.text.Token;
import readout.text.Tokenizer;

class TaggerTest {
    private static List<Token> raw(String text) {
        return Tokenizer.tokenize(text, new Span(0, text.length()));
    }

    private static List<Token> tag(String text) {
        return Tagger.shared().tag(raw(text));
    }

    private static Token find(List<Token> tokens, String text) {
        return tokens.stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError("no token " + text));
    }

    @Test
    void verbsNounsPronounsAndLemmas() {
        List<Token> t = tag("The minister said he would resign.");
        Token said = find(t, "said");
        assertEquals(Pos.VERB, said.pos());
        assertTrue(said.isVerb());
        assertEquals("say", said.lemma());
        assertTrue(said.isPast());
        assertEquals(Pos.NOUN, find(t, "minister").pos());
        assertTrue(find(t, "he").isPronoun());
        assertTrue(find(t, "would").isAuxiliary());
        assertEquals(Pos.VERB, find(t, "resign").pos());
        assertFalse(find(t, "resign").isPast());
        assertEquals(Pos.PUNCT, find(t, ".").pos());
    }

    @Test
    void aRunOfProperNouns() {
        List<Token> t = tag("Prime Minister Tran Van Binh met his Lao counterpart in Hanoi on Tuesday.");
        for (String name : List.of("Tran", "Van", "Binh", "Hanoi")) assertTrue(find(t, name).isProperNoun(), name);
        assertTrue(find(t, "met").isVerb());
        assertEquals("meet", find(t, "met").lemma());
        assertTrue(find(t, "his").isPronoun());
        assertFalse(find(t, "counterpart").isProperNoun());
    }

    @Test
    void lemmasAreFoldedLikeKeys() {
        List<Token> t = tag("The talks were held in Hanoi, and officials told reporters the deals were signed.");
        assertEquals("talk", find(t, "talks").lemma());
        assertEquals("be", find(t, "were").lemma());
        assertEquals("tell", find(t, "told").lemma());
        assertEquals("hanoi", find(t, "Hanoi").lemma());
        assertEquals("reporter", find(t, "reporters").lemma());
        assertTrue(find(t, "told").isPast());
        assertTrue(find(t, "were").isPast());
    }

    @Test
    void possessivesAndContractions() {
        List<Token> t = tag("Vietnam’s envoy said: “We don’t agree, and we didn’t then.”");
        Token poss = find(t, "’s");
        assertEquals(Pos.PART, poss.pos());
        assertEquals("'s", poss.lemma());
        assertTrue(find(t, "Vietnam").isProperNoun());
        Token dont = find(t, "don’t");
        assertTrue(dont.isAuxiliary());
        assertEquals("do", dont.lemma());
        assertFalse(dont.isPast());
        assertTrue(find(t, "didn’t").isPast());
    }

    @Test
    void spansAndTextStayAsTheTokenizerMadeThem() {
        String text = "  “It is a ‘new chapter’,” said U.S. envoy Díaz-Canel’s aide, 13-year-old—no.  ";
        List<Token> before = raw(text);
        List<Token> after = Tagger.shared().tag(before);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            Token a = before.get(i);
            Token b = after.get(i);
            assertEquals(a.text(), b.text());
            assertEquals(a.key(), b.key());
            assertEquals(a.start(), b.start());
            assertEquals(a.end(), b.end());
            assertEquals(a.word(), b.word());
            assertEquals(b.text(), text.substring(b.start(), b.end()));
            assertTrue(b.isTagged());
            assertFalse(b.lemma().isEmpty());
        }
    }

    @Test
    void emptyAndUntaggedPastTheBudget() {
        assertEquals(List.of(), Tagger.shared().tag(List.of()));
        List<Token> small = raw("He said so.");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i <= Tagger.MAX_TOKENS; i++) b.append("word ");
        List<Token> huge = raw(b.toString());
        List<List<Token>> out = Tagger.shared().tagSentences(List.of(small, huge, small));
        assertTrue(out.get(0).stream().allMatch(Token::isTagged));
        assertEquals(huge, out.get(1));
        assertEquals(small, out.get(2));
        assertNull(out.get(2).get(1).pos());
        assertEquals("said", out.get(2).get(1).lemma());
    }

    @Test
    void manyThreadsTagAsOneDoes() throws Exception {
        List<String> sentences = List.of(
                "The minister said he would resign.",
                "“We will not back down,” she told reporters in Geneva on Monday.",
                "Both sides agreed to expand trade and signed three memoranda of understanding.",
                "Officials didn’t say whether the talks, which began in March, had failed.",
                "Prime Minister Tran Van Binh received the visiting delegation.");
        List<List<Token>> expected = new ArrayList<>();
        for (String s : sentences) expected.add(Tagger.variant(1, false).tag(raw(s)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int offset = w;
                results.add(pool.submit(() -> {
                    for (int r = 0; r < 50; r++) {
                        int k = (r + offset) % sentences.size();
                        if (!Tagger.shared().tag(raw(sentences.get(k))).equals(expected.get(k))) return false;
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) assertTrue(f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void lemmaCandidatesAreCheckedAgainstRegularEndings() {
        assertTrue(Inflection.explains("talks", "talk"));
        assertTrue(Inflection.explains("resumed", "resume"));
        assertTrue(Inflection.explains("stopped", "stop"));
        assertTrue(Inflection.explains("occupies", "occupy"));
        assertTrue(Inflection.explains("making", "make"));
        assertTrue(Inflection.explains("pushes", "push"));
        assertFalse(Inflection.explains("commended", "ecommend"));
        assertFalse(Inflection.explains("joins", "in"));
        assertFalse(Inflection.explains("improves", "improv"));
        assertFalse(Inflection.explains("ministries", "ministrie"));
        assertFalse(Inflection.explains("went", "go"));
    }
}
