package readout.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static readout.extract.Fixtures.extract;
import static readout.extract.Fixtures.onlyAgreement;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementsTest {
    private static final String TWO = "ISLAMABAD: Prime Minister of Malaysia Anwar Ibrahim spoke with Prime Minister Muhammad Shehbaz Sharif. ";

    @Test
    void jointAgreementWithParties() {
        Agreement a = onlyAgreement(extract(TWO + "Both leaders agreed to work closely to strengthen ties."));
        assertEquals("agreement", a.kind());
        assertEquals("work closely to strengthen ties", a.text());
        assertEquals(List.of("Anwar Ibrahim", "Muhammad Shehbaz Sharif"), a.parties());
    }

    @Test
    void partiesJoinedByAndWhenTheSecondIsTitledAndATimeBeforeTheInfinitiveIsNotContent() {
        Extraction x = extract("WASHINGTON (AP) — Senate Majority Leader Chuck Schumer spoke to reporters. Schumer and Senate Minority "
                + "Leader Mitch McConnell agreed last month to bring the measure to a vote before the recess.");
        assertEquals(List.of("Chuck Schumer", "Mitch McConnell"), Fixtures.names(x));
        assertEquals("Senate Majority Leader", Fixtures.participant(x, "Chuck Schumer").role());
        Agreement a = onlyAgreement(x);
        assertEquals(List.of("Chuck Schumer", "Mitch McConnell"), a.parties());
        assertEquals("bring the measure to a vote before the recess", a.text());
    }

    @Test
    void countriesWithASharedLastWordAreBothParties() {
        Agreement a = onlyAgreement(extract("SEOUL, Jan. 9 (Yonhap) -- South and North Korea agreed Tuesday to hold military talks, "
                + "the unification ministry said."));
        assertEquals(List.of("South Korea", "North Korea"), a.parties());
        assertEquals("hold military talks", a.text());
    }

    @Test
    void aGroupWithAnAcronymBeforeItsHead() {
        Agreement a = onlyAgreement(extract(TWO + "The two ASEAN leaders witnessed the signing of a cooperation agreement between the two governments."));
        assertEquals(List.of("Anwar Ibrahim", "Muhammad Shehbaz Sharif"), a.parties());
        assertEquals("signed_document", a.kind());
    }

    @Test
    void aGroupWithAnOfComplementIsTheParties() {
        for (String group : List.of("The two heads of state", "The leaders of the two countries", "The prime ministers of both nations")) {
            Agreement a = onlyAgreement(extract(TWO + group + " agreed to strengthen cooperation in trade and investment."));
            assertEquals("strengthen cooperation in trade and investment", a.text(), group);
            assertEquals(List.of("Anwar Ibrahim", "Muhammad Shehbaz Sharif"), a.parties(), group);
        }
    }

    @Test
    void jointPromisesAreCommitmentsAndASinglePledgeIsAStatement() {
        Extraction x = extract("South Korean President Moon Jae-in and North Korean leader Kim Jong-un met in April. "
                + "Under the agreement, the two sides promised to halt hostile acts. Moon pledged to visit again.");
        Agreement a = onlyAgreement(x);
        assertEquals("commitment", a.kind());
        assertEquals("halt hostile acts", a.text());
        assertEquals(List.of("Moon Jae-in", "Kim Jong-un"), a.parties());
        assertEquals(List.of("Moon Jae-in"), Fixtures.statementWithText(x, "visit again").speakers());
    }

    @Test
    void anAcceptedInvitationNamesTheInvitationAndBothParties() {
        Agreement a = onlyAgreement(extract(TWO + "The prime minister extended an invitation to Prime Minister Anwar Ibrahim to visit Pakistan. "
                + "While accepting the invitation, the Malaysian prime minister also invited PM Shehbaz Sharif to visit his country."));
        assertEquals("invitation_accepted", a.kind());
        assertEquals("an invitation to Prime Minister Anwar Ibrahim to visit Pakistan", a.text());
        assertEquals(List.of("Anwar Ibrahim", "Muhammad Shehbaz Sharif"), a.parties());
    }

    @Test
    void signedAndAdoptedDocuments() {
        Extraction x = extract("Chinese Foreign Minister Wang Yi and Kazakh Foreign Minister Mukhtar Tleuberdi met online. "
                + "The meeting adopted and issued the Joint Statement of the Video Meeting.");
        Agreement a = onlyAgreement(x);
        assertEquals("signed_document", a.kind());
        assertEquals("the Joint Statement of the Video Meeting", a.text());
        assertEquals(2, a.parties().size());
        Agreement doc = onlyAgreement(extract("The declaration referred to the agreement that South Korean President Moon Jae-in and "
                + "North Korean leader Kim Jong-un adopted when they met in April."));
        assertEquals("signed_document", doc.kind());
        assertTrue(doc.text().startsWith("the agreement that South Korean President Moon Jae-in"));
        assertEquals(List.of("Moon Jae-in", "Kim Jong-un"), doc.parties());
    }

    @Test
    void passiveAgreement() {
        Agreement a = onlyAgreement(extract("Foreign Secretary Sohail Mahmood and Afghan Deputy Foreign Minister Idrees Zaman led the talks. "
                + "It was agreed that the forum was the best way to overcome challenges."));
        assertEquals("agreement", a.kind());
        assertEquals("the forum was the best way to overcome challenges", a.text());
    }

    @Test
    void jointReaffirmedCommitmentsWitnessedSigningsAndAcceptanceInTheSameSentence() {
        Extraction x = extract("BEIJING, Oct 31 (Xinhua) -- Chinese President Xi Jinping held talks with General Secretary Nguyen Phu "
                + "Trong. The two sides reaffirmed their commitment to maintaining peace in the region. Both leaders witnessed the "
                + "signing of 13 cooperation documents. Trong invited Xi to visit Vietnam, and Xi accepted the invitation with pleasure.");
        assertEquals(List.of("commitment", "signed_document", "invitation_accepted"), x.agreements().stream().map(Agreement::kind).toList());
        assertEquals("their commitment to maintaining peace in the region", x.agreements().get(0).text());
        assertEquals("13 cooperation documents", x.agreements().get(1).text());
        assertEquals("Xi to visit Vietnam", Fixtures.statementWithText(x, "to visit Vietnam").text());
        assertEquals(List.of("Xi Jinping", "Nguyen Phu Trong"), x.agreements().get(2).parties());
    }

    @Test
    void jointReadinessIsAStatementNotACommitment() {
        Extraction x = extract("Chinese Foreign Minister Wang Yi and Kazakh Foreign Minister Mukhtar Tleuberdi met online. "
                + "The ministers stressed their readiness to further strengthen security cooperation.");
        assertTrue(x.agreements().isEmpty());
        assertEquals(2, Fixtures.statementWithText(x, "readiness").speakers().size());
    }

    @Test
    void countriesCanBeThePartiesAndAStatementWrapsWhatItReports() {
        Extraction x = extract("According to a statement from the Foreign Ministry, Egypt and Jordan agreed to coordinate their positions.");
        Agreement a = onlyAgreement(x);
        assertEquals(List.of("Egypt", "Jordan"), a.parties());
        assertEquals("coordinate their positions", a.text());
        assertEquals(List.of("Foreign Ministry"), Fixtures.statementWithText(x, "coordinate their positions").speakers());
    }

    @Test
    void agreementsReportedInsideSomeonesStatementAreStillAgreements() {
        Extraction x = extract("Russian President Vladimir Putin met Indian Prime Minister Narendra Modi on Monday. Putin said Russia values India. "
                + "The two sides signed 28 agreements, Indian Foreign Secretary Harsh Vardhan Shringla told a news conference. "
                + "Shringla said the leaders also agreed to hold annual meetings.");
        assertEquals(List.of("signed_document", "agreement"), x.agreements().stream().map(Agreement::kind).toList());
        assertEquals(List.of("Vladimir Putin", "Narendra Modi"), x.agreements().get(0).parties());
        assertEquals("28 agreements", x.agreements().get(0).text());
        assertEquals("hold annual meetings", x.agreements().get(1).text());
        assertEquals(List.of("Harsh Vardhan Shringla"), Fixtures.statementWithText(x, "annual meetings").speakers());
    }

    @Test
    void exchangedDocumentsAreSignedButExchangedViewsAreNot() {
        Extraction x = extract(TWO + "The two leaders witnessed the signing ceremony of five cooperation documents. The two sides also "
                + "exchanged a memorandum of understanding on digital trade. They exchanged views on regional issues.");
        assertEquals(List.of("five cooperation documents", "a memorandum of understanding on digital trade"),
                x.agreements().stream().map(Agreement::text).toList());
    }

    private static final String VISIT = "NAIROBI — President Grace Wanjiru on Tuesday received visiting Foreign Minister Lars Holm "
            + "of Norway. ";

    @Test
    void hostAndGuestAreTheOneOfTheDatelinesCountryAndTheVisitor() {
        Agreement a = onlyAgreement(extract(VISIT + "Host and guest agreed to widen cooperation in renewable energy."));
        assertEquals(List.of("Grace Wanjiru", "Lars Holm"), a.parties());
        assertEquals("widen cooperation in renewable energy", a.text());
    }

    @Test
    void coordinatedLowerCaseTitlesNameTwoParties() {
        Agreement a = onlyAgreement(extract(VISIT + "President Wanjiru and foreign minister Holm agreed to stay in close touch."));
        assertEquals(List.of("Grace Wanjiru", "Lars Holm"), a.parties());
    }

    @Test
    void oneRoleNamedTwiceIsOneSpeakerNotTwoParties() {
        Extraction x = extract("LONDON — Acme Foods chairman and chief executive Helen Brooks said sales rose. The chairman and "
                + "chief executive said the company would grow.");
        assertTrue(x.agreements().isEmpty(), x.agreements().toString());
        assertEquals(List.of("Helen Brooks"), Fixtures.statementWithText(x, "company would grow").speakers());
    }

    @Test
    void anImpersonalPassiveWithAnAdverbIsAnAgreementOfThoseWhoMet() {
        Agreement a = onlyAgreement(extract(VISIT + "It was also agreed to convene the joint trade commission next year."));
        assertEquals("convene the joint trade commission next year", a.text());
        assertEquals(2, a.parties().size(), a.parties().toString());
    }

    @Test
    void reaffirmedEffortsOfBothSidesAreACommitment() {
        Agreement a = onlyAgreement(extract(VISIT + "The two sides reaffirmed their efforts to reduce tension in the region."));
        assertEquals("commitment", a.kind());
        assertEquals("their efforts to reduce tension in the region", a.text());
    }

    @Test
    void anAgreementEndsWhereTheSubjectsNextActionBegins() {
        Agreement a = onlyAgreement(extract(VISIT + "The two ministers agreed to meet again in Oslo and looked forward to "
                + "closer ties between their peoples."));
        assertEquals("meet again in Oslo", a.text());
    }

    private static final String CALL = "NAIROBI — Foreign Minister Grace Wanjiru on Tuesday held phone talks with her Norwegian "
            + "counterpart Lars Holm. ";

    @Test
    void anInvitationAcceptedInTheSameSentenceIsAnAgreementAndTheInvitationEndsBeforeIt() {
        Extraction x = extract(CALL + "Wanjiru invited Holm to visit Kenya next year, and the Norwegian minister accepted with pleasure.");
        Agreement a = onlyAgreement(x);
        assertEquals("invitation_accepted", a.kind());
        assertEquals(List.of("Grace Wanjiru", "Lars Holm"), a.parties());
        assertEquals("Holm to visit Kenya next year", Fixtures.statementWithText(x, "visit Kenya").text());
    }

    @Test
    void aRelativeClauseOfAcceptanceClosesTheInvitation() {
        Agreement a = onlyAgreement(extract(CALL + "Holm extended an invitation to Wanjiru to visit Oslo soon, which she accepted."));
        assertEquals("invitation_accepted", a.kind());
        assertEquals(List.of("Lars Holm", "Grace Wanjiru"), a.parties());
    }

    @Test
    void beingPleasedToAcceptTheInvitationIsTheAcceptance() {
        Extraction x = extract(CALL + "Wanjiru extended an invitation to Holm to visit Kenya. The Norwegian minister was pleased to "
                + "accept the invitation.");
        Agreement a = onlyAgreement(x);
        assertEquals(List.of("Lars Holm", "Grace Wanjiru"), a.parties());
        assertTrue(x.statements().stream().noneMatch(st -> st.text().contains("accept")), x.statements().toString());
    }

    @Test
    void aSubordinateClauseNamesTheSignersWhenTheMainClauseNamesNoOne() {
        Agreement a = onlyAgreement(extract(VISIT + "The talks ended on Friday in Mombasa after the two sides adopted a five-point "
                + "joint statement, according to the state broadcaster KBC."));
        assertEquals("signed_document", a.kind());
        assertEquals("a five-point joint statement", a.text());
    }

    @Test
    void aJointWillEndsWhereTheNextActBeginsAfterAComma() {
        Agreement a = onlyAgreement(extract(VISIT + "Both sides confirmed the will to open a new chapter of friendship, frankly "
                + "discussed regional security and wished each other success."));
        assertEquals("commitment", a.kind());
        assertEquals("the will to open a new chapter of friendship", a.text());
    }

    @Test
    void aJointPressReleaseIsADocumentBothIssued() {
        Agreement a = onlyAgreement(extract(VISIT + "The two sides issued a joint press release."));
        assertEquals("signed_document", a.kind());
        assertEquals("a joint press release", a.text());
    }

    @Test
    void aStatementTwoPeopleIssuedIsNoAgreementUnlessItIsJoint() {
        Extraction x = extract("LONDON — Investors Ruth Magner and Paul Keane own a stake in the club. Magner and Keane issued a "
                + "statement late on Friday saying that they remained long-term investors.");
        assertTrue(x.agreements().isEmpty(), x.agreements().toString());
    }
}
