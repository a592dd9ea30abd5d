package readout.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static readout.article.Parsing.body;
import static readout.article.Parsing.parse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown is read as a renderer shows it: the words without their markup. */
class MarkdownExtractorTest {

    @Test
    void quotationBlocksAndListItemsAfterABlankLineAreParagraphsOfTheirOwn() throws Exception {
        Article a = parse("a.md", "# Talks end\n\nThe talks ended on Friday.\n\n> The mayor said the plan was sound.\n\n"
                + "- The council agreed to vote in June.\n\n* A second item followed.\n");
        assertEquals(List.of("The talks ended on Friday.", "The mayor said the plan was sound.", "The council agreed to vote in June.",
                "A second item followed."), body(a));
    }

    @Test
    void escapesEntitiesEmphasisAndCodeMarksLeaveOnlyTheirWords() throws Exception {
        Article a = parse("a.md", "# Talks end\n\nThe \\*two\\* sides met &amp; _agreed_ on __trade__, *fish* and `ports` "
                + "at the harbour&rsquo;s edge\\. A file\\_name and snake_case stay.\n");
        assertEquals(List.of("The *two* sides met & agreed on trade, fish and ports at the harbour’s edge. A file_name and snake_case stay."),
                body(a));
    }

    @Test
    void headingsLinksAndImagesKeepTheirWordsAndTheTitleHasNoMarkup() throws Exception {
        Article a = parse("a.md", "# The **mayor** opens a bridge\n\nShe [cut the ribbon](https://example.org/r) on Monday.\n\n"
                + "## What comes next\nThe road reopens [soon][1].\n\n[1]: https://example.org/soon\n\n![The mayor at the bridge](b.jpg)\n");
        assertEquals("The mayor opens a bridge", a.title());
        assertEquals(List.of("She cut the ribbon on Monday.", "What comes next", "The road reopens soon."), body(a));
        assertEquals(List.of("Photo: The mayor at the bridge"), a.captions());
    }

    @Test
    void scriptsStylesAndCommentsLoseTheirTextOtherTagsOnlyTheirMarkup() throws Exception {
        Article a = parse("a.md", "# Talks end\n\nThe talks <b>ended</b> on Friday.\n\n<script>alert('the script said hello')</script>\n\n"
                + "<STYLE>p { color: red }</STYLE><!-- the editor said to cut this -->\n\nThe minister flew home.<script>never closed");
        assertEquals(List.of("The talks ended on Friday.", "The minister flew home."), body(a));
        assertFalse(a.text().contains("script said") || a.text().contains("color") || a.text().contains("editor"), a.text());
    }

    @Test
    void aLineOfMarkersIsARuleNotADeepRecursion() throws Exception {
        Article a = parse("a.md", "# Talks end\n\nThe talks ended.\n\n" + "*".repeat(2_000) + "\n\n" + "- ".repeat(1_500) + "\n\nThe minister flew home.\n");
        assertEquals(List.of("The talks ended.", "The minister flew home."), body(a));
    }
}
