package readout.article;

import static readout.article.Parsing.body;
import static readout.article.Parsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Datelines, agency credits and publication dates as wires and papers print them (lines written for the tests). */
class MetadataTest {
    private final ArticleParser parser = new ArticleParser();


    @Test
    void wireCopyRepostedWithoutItsCreditKeepsItsPlaceAndItsReportingLine() throws Exception {
        Article a = parse("a.txt", "Ministers meet on aid\n\nLONDON Ministers from ten countries met on Thursday to discuss aid.\n\n"
                + "\"We need more,\" the chair said.\n\n(Reporting by Jane Roe; Editing by John Doe)");
        assertEquals("LONDON", a.dateline());
        assertEquals("Reuters", a.agency());
        assertEquals("Ministers from ten countries met on Thursday to discuss aid.", body(a).get(0));
        assertFalse(body(a).contains("(Reporting by Jane Roe; Editing by John Doe)"), "the credit is no part of the story");
        Article two = parse("b.txt", "Headline\n\nSEOUL/WASHINGTON The two allies said on Monday they would hold drills.\n\n(Editing by Sam Poe)");
        assertEquals("SEOUL/WASHINGTON", two.dateline());
        assertEquals("Reuters", two.agency());
        Article un = parse("c.txt", "Headline\n\nUNITED NATIONS China and Brazil pledged on Friday to sign the treaty.");
        assertEquals("UNITED NATIONS", un.dateline());
        Article abbr = parse("d.txt", "Headline\n\nHAVANA U.S. officials arrived on Monday for talks.");
        assertEquals("HAVANA", abbr.dateline());
        assertEquals("U.S. officials arrived on Monday for talks.", body(abbr).get(0));
        Article glued = parse("e.txt", "Headline\n\nWASHINGTON-- In the face of new threats, the president urged closer ties.");
        assertEquals("WASHINGTON", glued.dateline());
        assertEquals("In the face of new threats, the president urged closer ties.", body(glued).get(0));
    }

    @Test
    void capitalsOpeningALeadAreNoDatelineUnlessTheyAreAPlace() throws Exception {
        assertNull(parse("a.txt", "Headline\n\nNATO Secretary General Ann Smith said on Monday allies were united.").dateline());
        assertNull(parse("b.txt", "Headline\n\nUSA TODAY Sports' writer looks at the final game.").dateline());
        assertNull(parse("c.txt", "Headline\n\nCHINESE AGGRESSION: Manila said the boats came close.").dateline(), "a kicker, not a place");
        assertNull(parse("d.txt", "Headline\n\nThe talks went well, Smith said.\n\nHe met with Reuters.").agency(),
                "an interview with an agency is no credit");
        assertNull(parse("e.txt", "Headline\n\nWriting for the court, Judge Ann Lee said the law stood.\n\nIt did.").agency());
    }

    @Test
    void datelinesWithDaysCreditsAndSeparators() throws Exception {
        Article ap = parse("a.txt", "Headline\n\nUNITED NATIONS, Feb. 1 (AP) — The council voted on Tuesday.");
        assertEquals("UNITED NATIONS", ap.dateline());
        assertEquals("AP", ap.agency());
        assertNull(ap.publishedDate(), "February 1 of no stated year");
        Article yonhap = parser.parse("b.json", null, ("{\"url\": \"https://example.org/news/2021/09/01/story\", "
                + "\"text\": \"SEOUL, Sept. 1 (Yonhap) -- The minister spoke by phone with her counterpart.\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals("SEOUL", yonhap.dateline());
        assertEquals("Yonhap", yonhap.agency());
        assertEquals("2021-09-01", yonhap.publishedDate());
        Article delhi = parse("c.txt", "Headline\n\nNEW DELHI: The two sides signed three agreements.");
        assertEquals("NEW DELHI", delhi.dateline());
        Article kl = parse("d.txt", "Headline\n\nKUALA LUMPUR (April 25): The prime minister spoke to his counterpart.\n\n"
                + "They agreed to meet. ― Bernama");
        assertEquals("KUALA LUMPUR", kl.dateline());
        assertEquals("Bernama", kl.agency(), "a day in brackets is no credit");
        assertEquals("They agreed to meet.", body(kl).get(body(kl).size() - 1));
        Article deep = parse("e.txt", "Headline\n\nAnn Writer\n\nKey Points\n\nThe airline ordered jets.\n\nMore detail here.\n\n"
                + "A caption-like line about a plane.\n\nDUBAI, United Arab Emirates — The airline finalized the order on Wednesday.");
        assertEquals("DUBAI, United Arab Emirates", deep.dateline(), "after bylines and captions, in capitals with its dash");
    }

    @Test
    void bracketedTagsBeforeTheLead() throws Exception {
        Article cnn = parse("a.txt", "Headline\n\n(CNN) — The senators reached a deal late on Sunday.");
        assertNull(cnn.dateline());
        assertNull(cnn.agency(), "an outlet's own reporting is no agency credit");
        assertEquals("The senators reached a deal late on Sunday.", body(cnn).get(0));
        Article vov = parse("b.txt", "Headline\n\n(VOVworld) – The two vice presidents held talks on Tuesday.");
        assertEquals("VOVworld", vov.agency());
        Article syndicated = parse("c.txt", "Headline\n\n(MENAFN- Some Daily Wire) PHILADELPHIA, USA – The prime minister met the vice president.");
        assertEquals("PHILADELPHIA, USA", syndicated.dateline());
        assertNull(syndicated.agency(), "a syndicator's tag is no credit");
    }

    @Test
    void creditLinesAboveTheStory() throws Exception {
        Article taipei = parse("a.txt", "Headline\n\nA standfirst about the exercises.\n\nAFP, MANILA\n\nThousands of troops began drills yesterday.");
        assertEquals("MANILA", taipei.dateline());
        assertEquals("AFP", taipei.agency());
        assertFalse(body(taipei).contains("AFP, MANILA"));
        Article kyodo = parse("b.txt", "Headline\n\n• Kyodo\n\nThe foreign minister met the secretary of state.");
        assertEquals("Kyodo", kyodo.agency());
        Article caps = parse("c.txt", "Headline\n\nASSOCIATED PRESS\n\nBy ANN LEE and AP Technology Writer\n\nA judge ruled for the company.");
        assertEquals("AP", caps.agency());
        Article block = parse("d.txt", "Headline\n\n(Xinhua)\nUpdated: 2008-04-05 15:35\n\nTOKYO - The ministers agreed to strengthen ties.");
        assertEquals("Xinhua", block.agency());
        assertEquals("2008-04-05", block.publishedDate());
        assertEquals("TOKYO", block.dateline());
    }

    @Test
    void closingCredits() throws Exception {
        assertEquals("Reuters", parse("a.txt", "Headline\n\nThe army moved in.\n\n© 2020 Reuters").agency());
        assertEquals("AFP", parse("b.txt", "Headline\n\nThe union reached a deal.\n\nLe Monde with AFP").agency());
        assertEquals("Yonhap", parse("c.txt", "Headline\n\nThe ministers agreed.\n\nSource: Yonhap News Agency").agency());
        assertEquals("AP", parse("d.txt", "Headline\n\nThe ruling came late.\n\nAP Business Writer Jane Roe contributed to this report.").agency());
        assertEquals("Some Space Agency", parse("e.txt", "Headline\n\nThe study was published.\n\nProvided by Some Space Agency").agency());
        Article xinhua = parse("f.txt", "Headline\n\nThe two presidents talked by phone late on Monday.\n\n(Xinhua News Agency March 4, 2019)");
        assertEquals("Xinhua", xinhua.agency());
        assertEquals("2019-03-04", xinhua.publishedDate());
        assertNull(parse("g.txt", "Headline\n\nThe jury found him guilty.\n\nChuck Roe/AP\n\nThe trial ends.").agency(),
                "a photographer's credit credits the picture");
        Article release = parse("h.txt", "Headline\n\nThe two sides agreed to meet again.\n\nSeptember 26, 2013\nNew York");
        assertEquals("New York", release.dateline());
        assertEquals("2013-09-26", release.publishedDate());
    }

    @Test
    void publicationDatesFromTheTextsOwnLines() throws Exception {
        Article both = parse("a.txt", "Headline\n\nUpdated March 5, 2016\n\nPublished: March 3, 2016\n\nThe talks began.");
        assertEquals("2016-03-03", both.publishedDate(), "published beats updated");
        Article guardian = parse("b.txt", "Headline\n\nMon 3 Mar 2016 10.11 GMT\n\nThe talks began.");
        assertEquals("2016-03-03", guardian.publishedDate());
        Article titled = parse("c.txt", "Press release: PM call with the Prime Minister: 18 May 2018\n\nThe Prime Minister spoke today.");
        assertEquals("2018-05-18", titled.publishedDate());
        Article photo = parse("d.txt", "Headline\n\nFILE - In this March 2, 2011 file photo, the chairman waves. The company on Wednesday, "
                + "Aug. 24, 2011 said he is resigning.\n\nHe resigned.");
        assertEquals("2011-08-24", photo.publishedDate(), "a file photo's day is not the story's");
        Article desk = parse("e.txt", "Headline\n\nWorkers went on strike on Tuesday.\n\nNewsdesk (New York) First published November 29, 2016: 3:33 AM ET");
        assertEquals("2016-11-29", desk.publishedDate());
        assertEquals("New York", desk.dateline());
    }

    @Test
    void structuredDatesAndTheUrlsDay() throws Exception {
        Article utc = parser.parse("a.json", null, ("{\"published_at\": \"2019-11-20T02:59:46Z\", "
                + "\"url\": \"https://example.com/2019/11/19/team-wins/\", \"text\": \"The team won.\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals("2019-11-19", utc.publishedDate(), "a UTC timestamp a day off the local day in the URL");
        Article field = parser.parse("b.json", null, "{\"publishedAt\": \"2016-03-03T10:11:00+00:00\", \"text\": \"The team won.\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("2016-03-03", field.publishedDate());
        Article md = parse("c.md", "---\ntitle: \"Leaders meet\"\ndate: 2016-03-03\nagency: Reuters\n---\n\nThe leaders met on Thursday.\n");
        assertEquals("2016-03-03", md.publishedDate());
        assertEquals("Leaders meet", md.title());
        assertEquals("Reuters", md.agency());
        assertTrue(body(md).contains("The leaders met on Thursday."));
        Article rule = parse("d.md", "---\nThe first section is prose: not metadata.\n---\n\nMore prose.\n");
        assertTrue(rule.text().contains("The first section is prose"), "a rule-delimited section of prose stays text");
    }

    @Test
    void datesInPathsAndNames() {
        assertEquals("2016-03-03", Dates.inPath("https://example.org/world/2016/03/03/story"));
        assertEquals("2023-11-08", Dates.inPath("https://example.org/entlife/20231108/story-slug"));
        assertEquals("2016-02-04", Dates.inPath("_posts/2016-02-04-donors-pledge-billions.md"));
        assertNull(Dates.inPath("https://example.org/uploads/2020/03/picture.jpg"), "a month is not a day");
        assertNull(Dates.inPath("https://example.org/news/6620622/story/"));
        assertNull(Dates.inPath("https://example.org/2016/13/45/story"));
        assertEquals("2016-03-03", Dates.normalize("2016/03/03"));
    }
}
