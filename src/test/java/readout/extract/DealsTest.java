package readout.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static readout.extract.Fixtures.extract;
import static readout.extract.Fixtures.onlyAgreement;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Deals of business, labour and sports news: two parties, what was concluded, and deals that are not (yet) made. */
class DealsTest {

    @Test
    void jointPartiesReachingADealAndTheClauseWithoutItsAttribution() {
        Agreement a = onlyAgreement(extract("Norvik Motors and the Allied Metalworkers union have reached a tentative agreement on a "
                + "four-year contract, the union said on Sunday."));
        assertEquals(List.of("Norvik Motors", "Allied Metalworkers union"), a.parties());
        assertEquals("a tentative agreement on a four-year contract", a.text());
        assertEquals(Agreement.AGREEMENT, a.kind());
        assertEquals("reached a tentative agreement", a.cue());
    }

    @Test
    void aDealWithAnotherPartyOrOverItsGoods() {
        Agreement with = onlyAgreement(extract("Skyline Air struck a deal with Harrow Aerospace to buy 40 regional jets."));
        assertEquals(List.of("Skyline Air", "Harrow Aerospace"), with.parties());
        assertEquals("a deal with Harrow Aerospace to buy 40 regional jets", with.text());
        Agreement goods = onlyAgreement(extract("The investor Carl Brody agreed to buy Quellmark's 12% stake in the club on Monday - lifting "
                + "his holding to 30%."));
        assertEquals(List.of("Carl Brody", "Quellmark"), goods.parties());
        assertEquals("buy Quellmark's 12% stake in the club on Monday", goods.text());
    }

    @Test
    void signingAContractIsASignedDocument() {
        Agreement a = onlyAgreement(extract("The striker Tomas Vell signed a three-year contract with Dunmore Rovers on Friday."));
        assertEquals(Agreement.SIGNED_DOCUMENT, a.kind());
        assertEquals(List.of("Tomas Vell", "Dunmore Rovers"), a.parties());
    }

    @Test
    void dealsHopedForFailedOrOfOnePartyAreNone() {
        Extraction x = extract("Union leaders and Norvik Motors failed to reach a deal on Friday. Talks aimed to strike a deal "
                + "before the holiday. Ms Dale signed up for the course. Norvik Motors signed a lease.");
        assertTrue(x.agreements().isEmpty(), x.agreements().toString());
    }

    @Test
    void theSpanHoldsTheAgreementsText() {
        String body = "Skyline Air struck a deal with Harrow Aerospace to buy 40 regional jets.";
        Agreement a = onlyAgreement(extract(body));
        assertEquals(a.text(), a.span().of("Headline for the test\n\n" + body));
    }

    @Test
    void oneNamedPartyIssuingOrAdoptingIsNoAgreementButBothSidesIssuingAStatementIs() {
        Extraction x = extract("The United States issued an order on Monday. The Gulf States adopted a son of the late ruler as "
                + "heir. Minister Rana Quist and her counterpart raised issues at the university. The two judges concluded he was "
                + "telling the truth.");
        assertTrue(x.agreements().isEmpty(), x.agreements().toString());
        Agreement a = onlyAgreement(extract("Foreign Minister Ivo Lanz met Foreign Minister Maria Kuusk in Tallinn. The two sides issued a "
                + "joint statement on energy security."));
        assertEquals(Agreement.SIGNED_DOCUMENT, a.kind());
        assertEquals(List.of("Ivo Lanz", "Maria Kuusk"), a.parties());
    }

    @Test
    void sidesNamedByTheirCommonNounAreThePartiesAsWritten() {
        Agreement a = onlyAgreement(extract("The talks ended late. The north and the south agreed to reopen the border crossing."));
        assertEquals(List.of("the north", "the south"), a.parties());
        assertEquals("reopen the border crossing", a.text());
    }

    @Test
    void aListOfPartiesWithCommasAndAPluralRest() {
        Agreement three = onlyAgreement(extract("Talks went on all night. Britain, France and Germany agreed to keep the deal alive."));
        assertEquals(List.of("United Kingdom", "France", "Germany"), three.parties());
        Agreement rest = onlyAgreement(extract("Talks went on all night. The United States, Russia and more than a dozen other countries "
                + "agreed on Friday to implement a ceasefire."));
        assertEquals(List.of("United States", "Russia", "more than a dozen other countries"), rest.parties());
        assertEquals("implement a ceasefire", rest.text());
    }

    @Test
    void theOneASpeakerMetAgreesWithThemAndAGroupByItsNumberOrHead() {
        Agreement met = onlyAgreement(extract("Foreign Minister Ivo Lanz spoke by phone with his Estonian counterpart, Maria Kuusk, on "
                + "Tuesday and agreed to push for more exchanges, the ministry said."));
        assertEquals(List.of("Ivo Lanz", "Maria Kuusk"), met.parties());
        assertEquals("push for more exchanges", met.text());
        Extraction x = extract("Foreign Minister Ivo Lanz met Foreign Minister Maria Kuusk in Riga. The two sides reviewed ties and "
                + "agreed to open a consulate. The two also discussed energy, agreeing to share grid data.");
        assertEquals(2, x.agreements().size(), x.agreements().toString());
        for (Agreement a : x.agreements()) assertEquals(List.of("Ivo Lanz", "Maria Kuusk"), a.parties());
    }
}
