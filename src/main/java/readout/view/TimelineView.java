package readout.view;

import java.util.List;
import java.util.Objects;
import readout.participants.IndexEntry;
import readout.participants.Person;

/**
 * A person's timeline: who they are (name, roles, affiliations, aliases), then each article that names them,
 * newest first and undated ones last, with their statements and the agreements they are a party to; each item
 * links to the article's own view at its highlight ({@code /summaries/{articleId}#s3}). Everything from articles
 * is escaped; the page has no script.
 */
public final class TimelineView {
    private TimelineView() {}

    /** @param entries the person's entries, newest first (as the index gives them) */
    public static String render(Person p, List<IndexEntry> entries) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(HtmlView.esc(p.name())).append(" — Readout</title><style>")
                .append("body{font:16px/1.5 system-ui,sans-serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222}")
                .append("h2.date{border-bottom:1px solid #ccc;margin-top:1.5em}h3{font-size:1em;margin:.8em 0 .2em}")
                .append("li.statement{background:#fff3a8;margin:.2em 0;padding:.1em .3em;list-style:none}")
                .append("li.agreement{background:#c8f0c8;margin:.2em 0;padding:.1em .3em;list-style:none}")
                .append(".cue,.kind{font-size:.75em;font-weight:600;color:#555;margin-right:.4em}")
                .append("dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{color:#666}")
                .append("</style></head><body>\n<header><h1 id=\"name\">").append(HtmlView.esc(p.name())).append("</h1>\n<dl>");
        meta(b, "Key", p.key());
        meta(b, "Roles", String.join("; ", p.roles()));
        meta(b, "Affiliations", String.join(", ", p.affiliations()));
        meta(b, "Also named", String.join(", ", p.aliases()));
        meta(b, "Articles", Integer.toString(p.articleCount()));
        meta(b, "Statements", Integer.toString(p.statementCount()));
        meta(b, "Agreements", Integer.toString(p.agreementCount()));
        if (p.firstDate() != null) meta(b, "Dates", p.firstDate() + " to " + p.lastDate());
        b.append("</dl></header>\n<main id=\"timeline\">\n");
        String day = "\u0000";
        for (IndexEntry e : entries) {
            String d = e.publishedDate() == null ? "undated" : e.publishedDate();
            if (!Objects.equals(d, day)) {
                if (!day.equals("\u0000")) b.append("</section>\n");
                b.append("<section class=\"day\" data-date=\"").append(HtmlView.esc(d)).append("\"><h2 class=\"date\">")
                        .append(HtmlView.esc(d)).append("</h2>\n");
                day = d;
            }
            String link = "/summaries/" + HtmlView.esc(e.articleId());
            b.append("<article class=\"entry\" data-article=\"").append(HtmlView.esc(e.articleId())).append("\"><h3><a href=\"")
                    .append(link).append("\">").append(HtmlView.esc(e.title() != null ? e.title() : e.source() != null ? e.source() : e.articleId()))
                    .append("</a></h3><ul>");
            for (IndexEntry.Said s : e.statements()) {
                b.append("<li class=\"statement").append(s.direct() ? " direct" : "").append("\"><span class=\"cue\">")
                        .append(HtmlView.esc(s.cue())).append("</span><a href=\"").append(link).append("#s").append(s.index()).append("\">")
                        .append(HtmlView.esc(s.text())).append("</a>");
                if (!s.with().isEmpty()) b.append(" <em>with ").append(HtmlView.esc(String.join(", ", s.with()))).append("</em>");
                b.append("</li>");
            }
            for (IndexEntry.Agreed a : e.agreements()) {
                b.append("<li class=\"agreement\"><span class=\"kind\">").append(HtmlView.esc(a.kind())).append("</span><a href=\"")
                        .append(link).append("#a").append(a.index()).append("\">").append(HtmlView.esc(a.text())).append("</a> <em>")
                        .append(HtmlView.esc(String.join(", ", a.parties()))).append("</em></li>");
            }
            if (e.omitted() > 0) b.append("<li class=\"omitted\">").append(e.omitted()).append(" more in the article</li>");
            b.append("</ul></article>\n");
        }
        if (!entries.isEmpty()) b.append("</section>\n");
        b.append("</main>\n</body></html>\n");
        return b.toString();
    }

    private static void meta(StringBuilder b, String name, String value) {
        if (value == null || value.isEmpty()) return;
        b.append("<dt>").append(name).append("</dt><dd>").append(HtmlView.esc(value)).append("</dd>");
    }
}
