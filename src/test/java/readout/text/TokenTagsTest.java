package readout.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenTagsTest {
    private static Token verb(String form, Pos pos, String lemma) {
        return new Token(form, Fold.fold(form), 0, form.length(), true).tagged(pos, lemma);
    }

    @Test
    void untaggedTokensAnswerNoAndKeepTheirKeyAsLemma() {
        Token t = new Token("Said", "said", 3, 7, true);
        assertFalse(t.isTagged());
        assertFalse(t.isVerb() || t.isProperNoun() || t.isPronoun() || t.isPast() || t.isNoun() || t.isAuxiliary());
        assertEquals("said", t.lemma());
        assertEquals(new Span(3, 7), t.tagged(Pos.VERB, "say").span());
    }

    @Test
    void pastFormsFromFormAndLemma() {
        assertTrue(verb("said", Pos.VERB, "say").isPast());
        assertTrue(verb("agreed", Pos.VERB, "agree").isPast());
        assertTrue(verb("was", Pos.AUX, "be").isPast());
        assertTrue(verb("been", Pos.AUX, "be").isPast());
        assertTrue(verb("didn’t", Pos.AUX, "do").isPast());
        assertFalse(verb("is", Pos.AUX, "be").isPast());
        assertFalse(verb("says", Pos.VERB, "say").isPast());
        assertFalse(verb("has", Pos.AUX, "have").isPast());
        assertFalse(verb("saying", Pos.VERB, "say").isPast());
        assertFalse(verb("say", Pos.VERB, "say").isPast());
        assertFalse(verb("doesn't", Pos.AUX, "do").isPast());
        assertFalse(verb("can't", Pos.AUX, "can").isPast());
        assertFalse(verb("won't", Pos.AUX, "will").isPast());
        assertFalse(verb("said", Pos.ADJ, "said").isPast());
    }

    @Test
    void jointTagsReadAsTheirFirstPart() {
        assertEquals(Pos.AUX, Pos.of("AUX+PART"));
        assertEquals(Pos.PROPN, Pos.of("PROPN"));
        assertEquals(Pos.X, Pos.of("NNP"));
    }
}
