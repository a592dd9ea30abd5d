package readout.view;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import readout.record.AgreementRecord;
import readout.record.ParticipantRecord;
import readout.record.SpanRecord;
import readout.record.StatementRecord;
import readout.record.SummaryRecord;

/**
 * A readable page of one record: title, metadata, participants and summary on top, then the article with
 * each statement and agreement highlighted at its evidence span ({@code <mark>}), the speaker or parties
 * beside it. Overlapping evidence (a quote inside a statement) is split into fragments that share an id.
 * Everything from the article is escaped; the page has no script.
 */
public final class HtmlView {
    private HtmlView() {}

    private record Mark(int start, int end, String id, String cls, String label, String title) {}

    /**
     * @param text the text the record's spans index into, or null to show the record without the article
     */
    public static String render(SummaryRecord r, String text) {
        StringBuilder b = new StringBuilder(4096 + (text == null ? 0 : text.length() * 2));
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(r.title() != null ? r.title() : "Readout summary")).append("</title><style>")
                .append("body{font:16px/1.5 system-ui,sans-serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222}")
                .append("mark.statement{background:#fff3a8}mark.agreement{background:#c8f0c8}mark.direct{background:#ffe0b0}")
                .append("mark.speaker{background:#d6e4ff;border-bottom:2px solid #3b6fd6}")
                .append(".who{font-size:.75em;font-weight:600;color:#555;margin-right:.25em}")
                .append("dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{color:#666}")
                .append("</style></head><body>\n");
        b.append("<header><h1>").append(esc(r.title() != null ? r.title() : r.source() != null ? r.source() : r.articleId())).append("</h1>\n<dl>");
        meta(b, "Source", r.source());
        meta(b, "Published", r.publishedDate());
        meta(b, "Dateline", r.dateline());
        meta(b, "Agency", r.agency());
        meta(b, "Status", r.status() + (r.error() == null ? "" : " — " + r.error().code() + ": " + r.error().message()));
        b.append("</dl></header>\n");
        b.append("<section id=\"participants\"><h2>Participants</h2><ul>");
        for (ParticipantRecord p : r.participants()) {
            b.append("<li class=\"participant\"><strong>").append(esc(p.name())).append("</strong>");
            if (p.role() != null) b.append(", ").append(esc(p.role()));
            if (p.affiliation() != null) b.append(" (").append(esc(p.affiliation())).append(')');
            b.append("</li>");
        }
        b.append("</ul></section>\n<section id=\"summary\"><h2>Summary</h2><ol>");
        for (String s : r.summary()) b.append("<li>").append(esc(s)).append("</li>");
        b.append("</ol></section>\n<section id=\"article\"><h2>Article</h2>\n");
        List<Mark> marks = marks(r, text);
        if (text == null) {
            b.append("<p><em>The article text is not available; its statements follow.</em></p><ul>");
            for (StatementRecord s : r.statements()) {
                b.append("<li><mark class=\"statement\" data-speaker=\"").append(esc(s.speaker())).append("\"><span class=\"who\">")
                        .append(esc(s.speaker())).append("</span>").append(esc(s.text())).append("</mark></li>");
            }
            b.append("</ul>");
        } else {
            body(b, text, marks);
        }
        b.append("</section>\n</body></html>\n");
        return b.toString();
    }

    private static List<Mark> marks(SummaryRecord r, String text) {
        List<Mark> out = new ArrayList<>();
        if (text == null) return out;
        // ids are places in the record's lists, so a link from elsewhere (the timeline's #s3) finds its statement
        for (int n = 0; n < r.statements().size(); n++) {
            StatementRecord s = r.statements().get(n);
            if (!inside(s.span().start(), s.span().end(), text)) continue;
            out.add(new Mark(s.span().start(), s.span().end(), "s" + n, s.direct() ? "statement direct" : "statement",
                    s.speaker(), s.cue()));
        }
        // the words that name each speaker ("He", "the chief executive"), once each, titled with why they were taken
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (StatementRecord s : r.statements()) {
            if (s.speakerMention() == null) continue;
            SpanRecord m = s.speakerMention().span();
            if (!inside(m.start(), m.end(), text) || !seen.add(m.start())) continue;
            out.add(new Mark(m.start(), m.end(), "m" + seen.size(), "speaker", s.speaker(),
                    s.speaker() + (s.via() == null ? "" : " (" + s.via() + ")")));
        }
        for (int n = 0; n < r.agreements().size(); n++) {
            AgreementRecord a = r.agreements().get(n);
            if (!inside(a.span().start(), a.span().end(), text)) continue;
            out.add(new Mark(a.span().start(), a.span().end(), "a" + n, "agreement", String.join(", ", a.parties()), a.kind()));
        }
        return out;
    }

    private static boolean inside(int start, int end, String text) {
        return start >= 0 && end <= text.length() && start < end;
    }

    private static void body(StringBuilder b, String text, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark m : marks) {
            cuts.add(m.start());
            cuts.add(m.end());
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                cuts.add(i);
                cuts.add(i + 1);
            }
        }
        b.append("<p>");
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                String piece = text.substring(prev, cut);
                if (piece.equals("\n")) {
                    // a blank line ends a paragraph; a single line break is a break
                    boolean blank = prev + 1 < text.length() && text.charAt(prev + 1) == '\n';
                    b.append(blank ? "</p>\n<p>" : prev > 0 && text.charAt(prev - 1) == '\n' ? "" : "<br>");
                } else {
                    int open = 0;
                    for (Mark m : marks) {
                        if (m.start() <= prev && cut <= m.end()) {
                            b.append("<mark class=\"").append(m.cls()).append('"');
                            // the first fragment is the anchor a timeline links to (/summaries/{id}#s3)
                            if (m.start() == prev) b.append(" id=\"").append(m.id()).append('"');
                            b.append(" data-id=\"").append(m.id())
                                    .append("\" data-speaker=\"").append(esc(m.label())).append("\" title=\"").append(esc(m.title())).append("\">");
                            if (m.start() == prev && !m.cls().equals("speaker")) b.append("<span class=\"who\">").append(esc(m.label())).append("</span>");
                            open++;
                        }
                    }
                    b.append(esc(piece));
                    b.append("</mark>".repeat(open));
                }
            }
            prev = cut;
        }
        b.append("</p>\n");
    }

    private static void meta(StringBuilder b, String name, String value) {
        if (value == null) return;
        b.append("<dt>").append(name).append("</dt><dd>").append(esc(value)).append("</dd>");
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
