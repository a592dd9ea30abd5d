package readout.article;

import static readout.article.Parsing.body;
import static readout.article.Parsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import readout.article.RejectedInputException.Reason;
import readout.lexicon.Lexicon;

class ArticleParserTest {
    private final ArticleParser parser = new ArticleParser();


    @Test
    void plainTextWithDatelineCaptionDateHeaderAndCredit() throws Exception {
        Article a = parse("a.txt", """
                 date 2021-05-06 Trọng holds phone talks with Díaz-Canel on Thursday. — VNA/VNS Photo

                HÀ NỘI — Việt Nam wants to deepen its friendship with Cuba, Trọng has said.

                He made the statement on Wednesday. — VNS""");
        assertEquals("2021-05-06", a.publishedDate());
        assertEquals("HÀ NỘI", a.dateline());
        assertEquals("VNS", a.agency());
        assertEquals(List.of("Trọng holds phone talks with Díaz-Canel on Thursday. — VNA/VNS Photo"), a.captions());
        assertEquals(List.of("Việt Nam wants to deepen its friendship with Cuba, Trọng has said.", "He made the statement on Wednesday."),
                body(a));
    }

    @Test
    void aClosingLineThatIsOnlyAnAgencyIsItsCreditNotBody() throws Exception {
        Article a = parse("a.txt", "Tô Lâm meets Lao counterpart\n\nHÀ NỘI — Lâm received Thongloun Sisoulith on Monday.\n\nVNS\n");
        assertEquals("VNS", a.agency());
        assertEquals(List.of("Lâm received Thongloun Sisoulith on Monday."), body(a));
        Article b = parse("b.txt", "Headline\n\nThe talks went well.\n\n(Xinhua)");
        assertEquals("Xinhua", b.agency());
        Article c = parse("c.txt", "Headline\n\nThe talks went well.\n\nThanks");
        assertEquals(null, c.agency(), "a closing word that is no agency stays the story's");
        assertEquals(List.of("The talks went well.", "Thanks"), body(c));
    }

    @Test
    void anInlineDatelineWithADayAndAnAgencyCreditedInTheLead() throws Exception {
        Article a = parse("t.txt", "Uzbek, Kazakh ministers meet\n\nTASHKENT, Uzbekistan, Feb. 7. Uzbek Foreign Minister Bakhtiyor "
                + "Saidov met his Kazakh counterpart in Tashkent, Trend reports.\n\nSaidov said ties were strong.");
        assertEquals("TASHKENT, Uzbekistan", a.dateline());
        assertEquals("Trend", a.agency());
        assertEquals("Uzbek Foreign Minister Bakhtiyor Saidov met his Kazakh counterpart in Tashkent, Trend reports.", body(a).get(0));
        Article b = parse("y.txt", "Headline\n\nSeoul and Tokyo agreed to resume talks, reports Yonhap News Agency.\n\nMore later.");
        assertEquals("Yonhap", b.agency());
        Article d = parse("w.txt", "Headline\n\nBayramov met Meredov in Baku, Trend reports citing the ministry.\n\nMore.");
        assertEquals("Trend", d.agency());
        Article c = parse("z.txt", "Headline\n\nThe talks went well, Smith reported.");
        assertEquals(null, c.agency(), "only a known agency is a credit");
    }

    @Test
    void proseHeldInADivIsReadInItsPlace() throws Exception {
        Article a = parse("a.html", "<html><body><div class=\"article\"><h1>President receives ambassador</h1>"
                + "<div class=\"sapo\"><b>Hanoi (VNA)</b> – President Võ Văn Thưởng on October 5 received the ambassador.</div>"
                + "<p>Thưởng praised the ambassador's contributions.</p><div><div>He suggested more visits.</div></div>"
                + "<div class=\"related\"><a href=\"/x\">Related: ties</a></div></div></body></html>");
        assertEquals("Hanoi", a.dateline());
        assertEquals("VNA", a.agency());
        assertEquals(List.of("President Võ Văn Thưởng on October 5 received the ambassador.",
                "Thưởng praised the ambassador's contributions.", "He suggested more visits."), body(a));
    }

    @Test
    void aDayWithoutItsYearGivesNoDateEvenWhenTheTextNamesYears() throws Exception {
        Article plan = parse("p.txt", "Headline\n\nHà Nội (VNA) – The chairman held talks on June 28.\n\n"
                + "They signed a cooperation agreement for 2023-2027.");
        assertNull(plan.publishedDate(), "2027 is the plan's horizon, not the year of June 28");
        Article now = parse("n.txt", "Headline\n\nHà Nội (VNA) – The vice chairman received a delegation on August 4.\n\n"
                + "It came in the 10th year of the comprehensive partnership (2013-2023).");
        assertNull(now.publishedDate(), "the year is never guessed from years the story mentions");
        Article stated = parse("s.txt", "Headline\n\nHà Nội (VNA) – The vice chairman received a delegation on August 4, 2023.");
        assertEquals("2023-08-04", stated.publishedDate());
    }

    @Test
    void aTassDatelineWithItsSlashedCredit() throws Exception {
        Article a = parse("t.txt", "Lavrov, Wang Yi hold talks\n\nMOSCOW, April 9. /TASS/. Russian Foreign Minister Sergey Lavrov "
                + "held talks in Beijing.\n\nMore.");
        assertEquals("MOSCOW", a.dateline());
        assertEquals("TASS", a.agency());
        assertEquals("Russian Foreign Minister Sergey Lavrov held talks in Beijing.", body(a).get(0));
    }

    @Test
    void aPagesOwnUpdatedLineDatesIt() throws Exception {
        Article a = parse("x.html", "<html><body><div class=\"header\">Xinhua | Updated: 2023-05-17 20:41:00</div><div id=\"detail\">"
                + "<h1>Xi meets Kazakh president</h1><p>XI'AN, May 17 (Xinhua) -- Xi Jinping met Kassym-Jomart Tokayev.</p></div></body></html>");
        assertEquals("2023-05-17", a.publishedDate());
        assertEquals("Xinhua", a.agency());
    }

    @Test
    void aFeedOrPagePublishedByAnAgencyIsItsCredit() throws Exception {
        Article json = parse("a.json", "{\"headline\": \"Talks\", \"source\": \"Vietnam News Agency\", "
                + "\"body\": \"TOKYO — The two prime ministers held talks.\"}");
        assertEquals("VNA", json.agency());
        Article html = parse("b.html", "<html><head><meta property=\"og:site_name\" content=\"Xinhua News Agency\"></head>"
                + "<body><article><h1>Talks</h1><p>The two sides held talks.</p></article></body></html>");
        assertEquals("Xinhua", html.agency());
        Article paper = parse("c.html", "<html><head><meta property=\"og:site_name\" content=\"The Guardian\"></head>"
                + "<body><article><h1>Talks</h1><p>The two sides held talks.</p></article></body></html>");
        assertEquals(null, paper.agency(), "a newspaper is no agency");
    }

    @Test
    void wireDatelinesGivePlaceAgencyAndDate() throws Exception {
        Article a = parse("x.txt", "Title line\n\nBEIJING, July 16 (Xinhua) -- Wang Yi attended a meeting.\n\nSource: Xinhuanet 2020-07-17");
        assertEquals("BEIJING", a.dateline());
        assertEquals("Xinhua", a.agency());
        assertEquals("2020-07-16", a.publishedDate(), "the dateline day, with the page's year");
        assertEquals("Title line", a.title());
        Article b = parse("y.txt", "Headline\n\nHanoi (VNA) – Prime Minister Pham Minh Chinh hosted a reception on October 27.\n\nIt was in EAS 2021 week.");
        assertEquals("Hanoi", b.dateline());
        assertEquals("VNA", b.agency());
        assertNull(b.publishedDate(), "October 27 of which year, nothing states");
        Article c = parse("z.txt", "Headline\n\nBy PTI\n\nISLAMABAD: Pakistan has assured support.");
        assertEquals("ISLAMABAD", c.dateline());
        assertEquals("PTI", c.agency());
    }

    @Test
    void aStandfirstRepeatingTheLeadIsReadOnce() throws Exception {
        Article a = parse("x.txt", "Headline\n\nThe minister congratulated his counterpart on assuming office\n\n"
                + "ISLAMABAD: The minister congratulated his counterpart on assuming office.\n\nMore text here.");
        assertEquals(2, a.body().size());
    }

    @Test
    void htmlKeepsTheArticleAndDropsPageFurnitureAndScripts() throws Exception {
        Article a = parser.parse("page.html", null, """
                <html><head><title>Site | Story</title><script>var secret = "do not read";</script>
                <meta property="article:published_time" content="2018-01-22T10:00:00Z"></head>
                <body><nav><a href="/">Home</a></nav>
                <article><h1>英语文摘:Johnson meets Tillerson</h1>
                <p>LONDON — Foreign Secretary Boris Johnson met Rex Tillerson.</p>
                <figure><figcaption>Johnson and Tillerson (Photo: FCO)</figcaption></figure>
                <p>They agreed on the importance of a political solution.</p>
                <style>p { color: red }</style></article>
                <aside><h2>Related news</h2><ul><li><a href="#">Other story</a></li></ul></aside>
                <footer>Copyright</footer></body></html>""".getBytes(StandardCharsets.UTF_8));
        assertEquals(Format.HTML, a.format());
        assertEquals("Johnson meets Tillerson", a.title());
        assertEquals("2018-01-22", a.publishedDate());
        assertEquals("LONDON", a.dateline());
        assertEquals(List.of("Johnson and Tillerson (Photo: FCO)"), a.captions());
        assertEquals(List.of("Foreign Secretary Boris Johnson met Rex Tillerson.", "They agreed on the importance of a political solution."), body(a));
        assertFalse(a.text().contains("secret"));
        assertFalse(a.text().contains("Other story"));
        assertFalse(a.text().contains("color"));
    }

    @Test
    void jsonArticleFields() throws Exception {
        Article a = parser.parse("api", "application/json", """
                {"title": "Leaders meet", "text": "HÀ NỘI — The two leaders agreed to meet again.", "date": "2022-12-22",
                 "url": "https://example.org/a", "source": "VNS"}""".getBytes(StandardCharsets.UTF_8));
        assertEquals(Format.JSON, a.format());
        assertEquals("Leaders meet", a.title());
        assertEquals("2022-12-22", a.publishedDate());
        assertEquals("https://example.org/a", a.url());
        assertEquals(List.of("The two leaders agreed to meet again."), body(a));
    }

    @Test
    void jsonWithHtmlBody() throws Exception {
        Article a = parser.parse("a.json", null, "{\"html\": \"<p>First para.</p><p>Second para.</p>\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("First para.", "Second para."), body(a));
    }

    @Test
    void markdownLosesItsMarkup() throws Exception {
        Article a = parse("a.md", "# Leaders meet\n\nThe **two** leaders [agreed](https://x.org) to meet.\n\n![Leaders at the table](p.jpg)\n");
        assertEquals(Format.MARKDOWN, a.format());
        assertEquals("Leaders meet", a.title());
        assertTrue(body(a).contains("The two leaders agreed to meet."), body(a).toString());
        assertEquals(List.of("Photo: Leaders at the table"), a.captions());
    }

    @Test
    void decomposedInputIsNormalizedAndStillMapsBack() throws Exception {
        String nfc = "Headline\n\nHÀ NỘI — Trọng spoke with Díaz-Canel.";
        Article a = parse("a.txt", Normalizer.normalize(nfc, Normalizer.Form.NFD));
        assertEquals(nfc, a.text());
        assertEquals("HÀ NỘI", a.dateline());
        assertTrue(a.normalized().changed());
    }

    @Test
    void formatComesFromTypeThenNameThenContent() throws Exception {
        assertEquals(Format.HTML, parser.parse("a.txt", "text/html", "<p>Hello there.</p>".getBytes(StandardCharsets.UTF_8)).format());
        assertEquals(Format.HTML, parser.parse("a.htm", null, "<p>Hello there.</p>".getBytes(StandardCharsets.UTF_8)).format());
        assertEquals(Format.JSON, parser.parse("noext", null, "{\"text\": \"Hello there.\"}".getBytes(StandardCharsets.UTF_8)).format());
        assertEquals(Format.TEXT, parser.parse("noext", null, "Hello there.".getBytes(StandardCharsets.UTF_8)).format());
    }

    @Test
    void utf16WithBomIsDecoded() throws Exception {
        byte[] body = "Headline\n\nHÀ NỘI — Text.".getBytes(StandardCharsets.UTF_16); // Java writes a BOM
        assertEquals("HÀ NỘI", parser.parse("a.txt", null, body).dateline());
    }

    @Test
    void badInputIsRejectedWithAReason() {
        assertEquals(Reason.EMPTY, reject("a.txt", null, new byte[0]));
        assertEquals(Reason.BINARY, reject("a.txt", null, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}));
        assertEquals(Reason.BINARY, reject("a.txt", null, "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Reason.BINARY, reject("a.txt", null, new byte[] {'a', 0, 'b', 0}));
        assertEquals(Reason.ENCODING, reject("a.txt", null, new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'o', 'k'}));
        assertEquals(Reason.TOO_LARGE, reject("a.txt", null, new byte[ArticleParser.DEFAULT_MAX_BYTES + 1]));
        assertEquals(Reason.MALFORMED, reject("a.json", null, "{\"text\": ".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.MALFORMED, reject("a.json", null, "[1, 2]".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.MALFORMED, reject("a.json", null, ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)).getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.UNSUPPORTED_TYPE, reject("a", "image/png", "hello".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.NO_TEXT, reject("a.html", null, "<html><script>x()</script></html>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void latin1HtmlThatDeclaresItsCharsetIsRead() throws Exception {
        byte[] html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 talks ended.</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("Café talks ended."), body(parser.parse("a.html", null, html)));
    }

    @Test
    void aSmallerLimitIsHonoured() {
        ArticleParser small = new ArticleParser(Lexicon.standard(), 10);
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> small.parse("a.txt", null, "more than ten bytes".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("limit is 10"));
    }

    @Test
    void noDatelineIsInventedFromAnOrdinarySentence() throws Exception {
        Article a = parse("a.txt", "Headline\n\nOn Syria: the minister spoke.\n\nIt rained.");
        assertNull(a.dateline());
    }

    private Reason reject(String name, String type, byte[] bytes) {
        return assertThrows(RejectedInputException.class, () -> parser.parse(name, type, bytes)).reason();
    }

    @Test
    void theHeadlineComesBeforeTheSiteDecoratedTitles() throws Exception {
        Article a = parser.parse("p.html", null, ("<html><head><meta property=\"og:title\" content=\"Leaders meet | Example News\">"
                + "<title>Leaders meet | Example News</title></head><body><article><h1>Leaders meet</h1><p>Text here.</p></article>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8));
        assertEquals("Leaders meet", a.title());
    }

    @Test
    void aDateInTheArticlesUrlIsItsPublicationDate() throws Exception {
        Article a = parser.parse("api", "application/json",
                "{\"url\": \"https://example.org/world/2023/09/11/readout-of-the-meeting\", \"text\": \"The leaders met today.\"}"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals("2023-09-11", a.publishedDate());
    }
}
