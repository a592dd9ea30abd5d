package readout.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static readout.extract.Fixtures.extract;
import static readout.extract.Fixtures.names;
import static readout.extract.Fixtures.statementWithText;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The passes that find speakers with no title: names that speak, organizations by name, described names. */
class SpeakerPassesTest {

    @Test
    void aSurnameThatSpeaksMakesTheFullNameElsewhereAPerson() {
        Extraction x = extract("A court in Leeds has found Harold Pinkney guilty of fraud. Pinkney said he would appeal. "
                + "“I did nothing wrong,” Pinkney said.");
        assertTrue(names(x).contains("Harold Pinkney"), names(x).toString());
        assertEquals(List.of("Harold Pinkney"), statementWithText(x, "would appeal").speakers());
        assertEquals(List.of("Harold Pinkney"), statementWithText(x, "did nothing wrong").speakers());
    }

    @Test
    void aNameWithAnAppositiveOrAfterTheCueSpeaksWithoutATitle() {
        Extraction x = extract("Markets fell sharply on Monday. Lena Okafor, a certified financial planner, said investors should "
                + "stay calm. “Nobody saw it coming,” said retired dock worker Sam Pettit.");
        assertEquals(List.of("Lena Okafor"), statementWithText(x, "stay calm").speakers());
        Statement s = statementWithText(x, "Nobody saw it coming");
        assertEquals(List.of("Sam Pettit"), s.speakers());
        assertEquals("inverted/name", s.via());
    }

    @Test
    void aCreditOrAnAddresseeIsNoSpeakingName() {
        Extraction x = extract("The minister resigned on Friday. Officials gave no reason, the Daily Courier told Martin Hale. "
                + "(Writing by Peter Wendt; Editing by Ann Cole)");
        assertFalse(names(x).contains("Peter Wendt"), names(x).toString());
        assertFalse(names(x).contains("Martin Hale"), names(x).toString());
    }

    @Test
    void aNameThatSpeaksButIsNeverAPersonsIsAnOrganizationAndTheCompanyIsItLater() {
        Extraction x = extract("Shares in Brellwick rose after the results. Brellwick said profits had doubled. "
                + "The company said it would hire 300 people. It said the outlook was strong.");
        Statement first = statementWithText(x, "profits had doubled");
        assertEquals(List.of("Brellwick"), first.speakers());
        assertEquals("explicit/named-organization", first.via());
        assertEquals(List.of("Brellwick"), statementWithText(x, "hire 300 people").speakers());
        assertEquals(List.of("Brellwick"), statementWithText(x, "outlook was strong").speakers());
        assertFalse(names(x).contains("Brellwick"), "an organization is no participant");
        assertTrue(x.organizations().containsKey("Brellwick"));
    }

    @Test
    void aCommonWordCapitalizedToOpenASentenceIsNoOrganization() {
        Extraction x = extract("The storm flooded the town. Residents said the water rose fast. Many residents left early.");
        assertTrue(x.statements().stream().noneMatch(s -> s.speakers().contains("Residents")), x.statements().toString());
    }

    @Test
    void commentingOnATopicIsNoStatementButAQuotedCommentIs() {
        Extraction x = extract("Prime Minister Ola Brandt commented on the events in the capital. “We will rebuild,” comments "
                + "Nils Lund, the city architect.");
        assertTrue(x.statements().stream().noneMatch(s -> s.text().contains("events in the capital")), x.statements().toString());
        assertEquals(List.of("Nils Lund"), statementWithText(x, "We will rebuild").speakers());
        Extraction at = extract("Builders met on Monday. “The design holds,” comments Ida Roos of the city planning office.");
        assertEquals(List.of("Ida Roos"), statementWithText(at, "The design holds").speakers());
    }

    @Test
    void theSentenceAfterAReportIsTheStorysOwnUnlessItIsABareQuotation() {
        Extraction x = extract("Finance Minister Karin Lind said the budget would be balanced by 2027. The opposition is "
                + "expected to vote against it. Its leader would seek a delay. “We will find the money,” Lind said. “Every cent.”");
        assertTrue(x.statements().stream().noneMatch(s -> s.text().contains("vote against") || s.text().contains("seek a delay")),
                x.statements().toString());
        assertEquals("continuation-quote", statementWithText(x, "Every cent").via());
    }

    @Test
    void anAdverbOrGerundOpeningASentenceOrADatelineRunIsNoOrganization() {
        Extraction x = extract("Storms hit the coast. Frankly said nothing would change. Fumbling said the roads were shut.");
        assertTrue(x.statements().stream().noneMatch(s -> s.speakers().contains("Frankly") || s.speakers().contains("Fumbling")),
                x.statements().toString());
        Extraction united = extract("Flights were cancelled. United said it was taking the necessary steps.");
        assertEquals(List.of("United"), statementWithText(united, "necessary steps").speakers());
    }

    @Test
    void aLongAppositiveAfterANameLeavesTheNameTheSpeaker() {
        Extraction x = extract("Analysts were split. Hana Molt, senior editor of the Harbour Review online news site focused on "
                + "shipping, said the merger would raise freight costs.");
        assertEquals(List.of("Hana Molt"), statementWithText(x, "raise freight costs").speakers());
    }

    @Test
    void aClauseBeforeAnOrganizationWordIsNoOrganizationsName() {
        Extraction x = extract("Readers wrote in. If you have a news tip, the editors said, write to us. Her clash with her "
                + "party said much about March.");
        assertTrue(x.statements().stream().noneMatch(s -> s.speakers().get(0).toLowerCase().contains("you have")
                || s.speakers().get(0).toLowerCase().contains("clash")), x.statements().toString());
    }

    @Test
    void anAppositiveRoleNounIsThePersonBeforeItNotAnotherWithTheSameRole() {
        Extraction x = extract("Mia Sorel, an analyst at Dune Capital, said the shares were cheap. Later Owen Pratt, an analyst "
                + "with Kestrel Research, said demand was slowing. He said margins might fall.");
        assertEquals(List.of("Owen Pratt"), statementWithText(x, "demand was slowing").speakers());
        assertEquals(List.of("Owen Pratt"), statementWithText(x, "margins might fall").speakers());
    }

    @Test
    void aDocumentIssuedOnSomeonesBehalfIsNoSigning() {
        Extraction x = extract("Chairman Rolf Ekman, in a statement issued on behalf of the board, said the founder had saved "
                + "the company.");
        assertEquals(List.of("Rolf Ekman"), statementWithText(x, "founder had saved").speakers());
        assertTrue(x.agreements().isEmpty(), x.agreements().toString());
    }

    @Test
    void aCapitalSpeakingIsItsGovernmentNamedAsWritten() {
        Extraction x = extract("Talks resumed in Geneva. Beijing has warned that tariffs would hurt both sides. Later Seoul said "
                + "it would send an envoy.");
        assertEquals(List.of("Beijing"), statementWithText(x, "tariffs would hurt").speakers());
        assertEquals(List.of("Seoul"), statementWithText(x, "send an envoy").speakers());
        assertEquals("explicit/capital", statementWithText(x, "tariffs would hurt").via());
    }

    @Test
    void invertedAndTailAttributionsWithLongAppositivesAndAnOpeningParticiple() {
        Extraction x = extract("“The levy will hurt farmers,” said Senator Ruth Okonjo, chair of the Senate Farm Committee and an "
                + "author of the bill. “We will adapt,” Lars Berg, Okonjo’s chief of staff, said in an interview on Sunday. "
                + "Leaving a Geneva meeting Mr Berg said the talks had stalled.");
        assertEquals(List.of("Ruth Okonjo"), statementWithText(x, "levy will hurt farmers").speakers());
        assertEquals(List.of("Lars Berg"), statementWithText(x, "We will adapt").speakers());
        assertEquals(List.of("Lars Berg"), statementWithText(x, "talks had stalled").speakers());
    }

    @Test
    void aQuotationOverParagraphsWithNoAttributionAfterItIsReadParagraphByParagraph() {
        Extraction x = extract("The prime minister's office issued a readout:\n\n“Prime Minister Ana Vell and President Rui Sato "
                + "welcomed the new trade corridor. They agreed to meet again in June.\n\n“Prime Minister Vell thanked "
                + "President Sato for his hospitality.”");
        assertEquals(List.of("Ana Vell", "Rui Sato"), statementWithText(x, "new trade corridor").speakers());
        assertEquals(List.of("Ana Vell"), statementWithText(x, "for his hospitality").speakers());
    }

    @Test
    void sheSkipsAManTheArticleNamedSinceByWhatTheArticleSaysOfThem() {
        Extraction x = extract("Ms Lena Hart met Mr Tom Brandt in Oslo. Brandt said the plan was fine. She said the costs were "
                + "too high.");
        Statement she = statementWithText(x, "costs were too high");
        assertEquals(List.of("Lena Hart"), she.speakers());
        assertEquals("explicit/pronoun-gender", she.via());
        Extraction role = extract("The chairwoman, Lena Hart, opened the meeting. Tom Brandt, a congressman, said the plan was "
                + "fine. She said the costs were too high.");
        assertEquals(List.of("Lena Hart"), statementWithText(role, "costs were too high").speakers(), "a gendered role tells them apart");
    }

    @Test
    void aCueWordUsedAsANounIsNoCue() {
        Extraction x = extract("Prime Minister Ana Vell met President Rui Sato. The two leaders welcomed the new corridor, the care "
                + "economy, and support for small farmers.");
        assertTrue(x.statements().stream().noneMatch(s -> s.text().equals("for small farmers")), x.statements().toString());
        assertTrue(x.statements().stream().anyMatch(s -> s.text().contains("new corridor")), x.statements().toString());
    }

    @Test
    void aQuotationBeforeItsSpeakerWhateverAdjunctsFollowTheCue() {
        Extraction x = extract("“Our merger will help savers,” Ola Fenn said in a written statement after Tuesday’s ruling. "
                + "“He is playing well,” coach Rob Kalm said before the 4-1 win in front of 15,522 fans. "
                + "“Such storms recur,” Eva Lind wrote in the new paper, which was published online today in the journal Nature.");
        assertEquals(List.of("Ola Fenn"), statementWithText(x, "merger will help savers").speakers());
        assertEquals(List.of("Rob Kalm"), statementWithText(x, "He is playing well").speakers());
        assertEquals(List.of("Eva Lind"), statementWithText(x, "Such storms recur").speakers());
        assertTrue(x.statements().stream().noneMatch(s -> s.text().startsWith("in a written") || s.text().startsWith("before the")
                || s.text().startsWith("in the new paper")), x.statements().toString());
    }

    @Test
    void organizationsByNameWithTheirArticleJointlyAndWithAnAdverbBeforeTheCue() {
        Extraction x = extract("Settlers celebrated. The United Nations stressed the move was illegal. The World Bank and the "
                + "European Union stressed the plan was unsound. Egypt and Jordan sharply criticised the shift. Palestinian "
                + "negotiator Saeb Erekat said they would appeal.");
        assertEquals(List.of("United Nations"), statementWithText(x, "move was illegal").speakers());
        assertEquals(List.of("World Bank", "European Union"), statementWithText(x, "plan was unsound").speakers());
        Statement sharply = statementWithText(x, "the shift");
        assertEquals(List.of("Egypt", "Jordan"), sharply.speakers());
        assertEquals("sharply criticised", sharply.cue());
        assertEquals(List.of("Saeb Erekat"), statementWithText(x, "would appeal").speakers());
    }

    @Test
    void particlesInANameAColonAfterTheAddresseeAndDenials() {
        Extraction x = extract("Commission President Ilse von der Berg said the fund would grow. Colonel Ivo Kask told reporters: "
                + "“It is a defence doctrine.” The ministry denied the report. The suspect was denied bail.");
        assertEquals(List.of("Ilse von der Berg"), statementWithText(x, "fund would grow").speakers());
        assertEquals("It is a defence doctrine", statementWithText(x, "defence doctrine").text());
        assertEquals("the report", statementWithText(x, "the report").text());
        assertTrue(x.statements().stream().noneMatch(s -> s.text().equals("bail")), x.statements().toString());
    }

    @Test
    void declaringAnActIsNoStatementButDeclaringAClauseIs() {
        Extraction x = extract("Protests grew in Tarn. Tarn police declared a riot on Friday night. The union declared the strike "
                + "will end on Thursday.");
        assertTrue(x.statements().stream().noneMatch(s -> s.text().contains("a riot")), x.statements().toString());
        assertTrue(x.statements().stream().anyMatch(s -> s.text().equals("the strike will end on Thursday")), x.statements().toString());
    }

    @Test
    void anInvertedSpeakerWithARelativeClauseAndAReportJoinedByBut() {
        Extraction x = extract("Victims met in Sydney. “This is a momentous day,” said campaigner Ron Tully, who leads a victims’ "
                + "group. Brellwick confirmed it was studying options overseas - but said it would keep jobs at home.");
        assertEquals(List.of("Ron Tully"), statementWithText(x, "momentous day").speakers());
        Statement but = statementWithText(x, "keep jobs at home");
        assertEquals(List.of("Brellwick"), but.speakers());
        assertTrue(but.via().startsWith("coord"), but.via());
    }

    @Test
    void anOpeningPhraseWithNoCommaIsNoPartOfTheSubjectAndRemindingIsACue() {
        Extraction x = extract("Prime Minister Ravi Nair received Foreign Secretary Ana Vell. During the meeting the Prime Minister "
                + "noted that security had improved. The foreign secretary reminded that a business forum would be held soon.");
        assertEquals(List.of("Ravi Nair"), statementWithText(x, "security had improved").speakers());
        assertEquals(List.of("Ana Vell"), statementWithText(x, "business forum would be held").speakers());
    }

    @Test
    void anAcronymWithItsArticleAndAnAddresseeToTheEndOfTheSentence() {
        Extraction x = extract("Regulators ruled on Tuesday. “We stand ready to review new proposals,” the CMA said in a statement. "
                + "The EU reiterated it still considers the tariffs illegal. “In many ways you won,” Judge Ida Moen told "
                + "the lead attorney on the case, Tor Berg.");
        assertEquals(List.of("CMA"), statementWithText(x, "review new proposals").speakers());
        assertEquals(List.of("EU"), statementWithText(x, "tariffs illegal").speakers());
        assertEquals(List.of("Ida Moen"), statementWithText(x, "In many ways you won").speakers());
    }

    @Test
    void hePointsToTheOnePersonTheLastSentenceNamedThoughNotAsItsSubject() {
        Extraction x = extract("The trial opened on Monday. The first witness was police chief Olav Dahl, who led the inquiry. "
                + "He said the suspect had been watched for months.");
        Statement he = statementWithText(x, "watched for months");
        assertEquals(List.of("Olav Dahl"), he.speakers());
        assertEquals("explicit/pronoun-last-named", he.via());
    }

    @Test
    void documentsSpeakButTheRulingPartyIsNoDocument() {
        Extraction x = extract("The trial opened in Durban. The indictment claims the unrest was planned online. A new study "
                + "says the plumes recur. The ruling party said it would cut taxes.");
        assertEquals(List.of("indictment"), statementWithText(x, "unrest was planned").speakers());
        assertEquals(List.of("new study"), statementWithText(x, "plumes recur").speakers());
        assertTrue(x.statements().stream().noneMatch(s -> s.speakers().contains("ruling")), x.statements().toString());
    }

    @Test
    void aSigningInARelativeClauseAndARelativeWordInsideAParentheticalLeaveTheSubject() {
        Extraction x = extract("Leaders met in New York. Secretary of State Ann Pell, who signed the accord on Friday, said the "
                + "country would ratify it. Minister Ivo Lanz, speaking after a meeting that ended late, said the goal was near.");
        assertEquals(List.of("Ann Pell"), statementWithText(x, "would ratify it").speakers());
        assertEquals(List.of("Ivo Lanz"), statementWithText(x, "goal was near").speakers());
    }

    @Test
    void aFamilyNameThatIsAlsoAnOrganizationsWordAndAnOpeningParticipleBeforeTheSubjects() {
        Extraction x = extract("South Korean President Park Min-seo met the prime minister. Park said talks would go on. "
                + "Meeting in Seoul, Park and Prime Minister Ola Brandt said they could take further steps.");
        assertTrue(names(x).contains("Park Min-seo"), names(x).toString());
        assertEquals(List.of("Park Min-seo"), statementWithText(x, "talks would go on").speakers());
        assertEquals(List.of("Park Min-seo", "Ola Brandt"), statementWithText(x, "further steps").speakers());
    }
}
