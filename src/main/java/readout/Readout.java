package readout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import readout.article.Article;
import readout.article.ArticleParser;
import readout.article.RejectedInputException;
import readout.extract.Agreement;
import readout.extract.Extraction;
import readout.extract.Extractor;
import readout.extract.Participant;
import readout.extract.Statement;
import readout.record.AgreementRecord;
import readout.record.ErrorRecord;
import readout.record.MentionRecord;
import readout.record.OrganizationRecord;
import readout.record.ParticipantRecord;
import readout.record.RecordText;
import readout.record.SpanRecord;
import readout.record.StatementRecord;
import readout.record.SummaryRecord;
import readout.text.NormalizedText;
import readout.text.Span;

/**
 * The use case every entry point calls: bytes and where they came from in, one {@link SummaryRecord} out.
 * Never throws for bad input: a rejected article yields a FAILED record with the reason. Thread-safe.
 */
public final class Readout {
    private final ArticleParser parser;
    private final Function<Article, Extraction> extractor;

    public Readout() {
        this(new ArticleParser(), new Extractor());
    }

    public Readout(ArticleParser parser, Extractor extractor) {
        this(parser, extractor::extract);
    }

    /** With any extraction step in place of the engine's (the tests put faults there). */
    Readout(ArticleParser parser, Function<Article, Extraction> extractor) {
        this.parser = parser;
        this.extractor = extractor;
    }

    public int maxBytes() {
        return parser.maxBytes();
    }

    /**
     * @param source      where the article came from ("s3://bucket/key", a file path); null for a posted body
     * @param contentType MIME type if known, else null (then the name and the content decide)
     */
    /** A record with the article text its spans index into (null when the input was rejected). */
    public record Read(SummaryRecord record, String text) {}

    public SummaryRecord summarize(String source, String contentType, byte[] bytes) {
        return read(source, contentType, bytes).record();
    }

    /** As {@link #summarize}, also handing back the text the record's spans point into (for the HTML view). */
    public Read read(String source, String contentType, byte[] bytes) {
        byte[] content = bytes == null ? new byte[0] : bytes;
        String sha = sha256(content);
        String id = articleId(source, sha);
        Article article;
        try {
            article = parser.parse(source, contentType, content);
        } catch (RejectedInputException e) {
            return new Read(failed(id, source, sha, content.length, e.reason().name(), e.getMessage()), null);
        } catch (RuntimeException | Error e) {
            return new Read(fault(id, source, sha, content.length, e), null);
        }
        try {
            Extraction x = extractor.apply(article);
            return new Read(record(id, source, sha, content.length, article, x), article.normalized().original());
        } catch (RuntimeException | Error e) {
            return new Read(fault(id, source, sha, content.length, e), null);
        }
    }

    /**
     * A fault of ours, not of the input — even an Error such as a StackOverflowError: recorded so the article is not
     * silently lost (and retried on redo), and the run goes on with the next article.
     */
    private static SummaryRecord fault(String id, String source, String sha, long length, Throwable e) {
        return failed(id, source, sha, length, "EXTRACTION_ERROR", "a fault of ours while reading this article ("
                + e.getClass().getSimpleName() + ")");
    }

    /**
     * The record of an input refused before its bytes were read (an object over the size limit): its content
     * is identified by {@code contentId} (such as the object's ETag) since no hash could be taken.
     */
    public SummaryRecord rejected(String source, String contentId, long length, RejectedInputException.Reason reason, String message) {
        String id = articleId(source, contentId);
        return failed(id, source, "unread:" + contentId, length, reason.name(), message);
    }

    /** The id a record of this source has (or will have). */
    public String articleIdOf(String source) {
        return articleId(source, null);
    }

    /** Stable per source (an S3 object keeps its id across versions); a posted body is identified by its content. */
    public static String articleId(String source, String contentSha256) {
        String key = source != null && !source.isBlank() ? "src:" + source : "sha256:" + contentSha256;
        return sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    private static SummaryRecord record(String id, String source, String sha, long length, Article a, Extraction x) {
        NormalizedText nt = a.normalized();
        List<ParticipantRecord> participants = new ArrayList<>();
        for (Participant p : x.participants()) {
            String name = RecordText.of(p.name());
            List<String> aliases = new ArrayList<>(RecordText.of(p.aliases()));
            aliases.remove(name);
            participants.add(new ParticipantRecord(name, aliases, RecordText.of(p.role()), RecordText.of(p.affiliation())));
        }
        List<OrganizationRecord> orgs = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : x.organizations().entrySet()) {
            orgs.add(new OrganizationRecord(RecordText.of(e.getKey()), RecordText.of(List.copyOf(e.getValue()))));
        }
        List<StatementRecord> statements = new ArrayList<>();
        for (Statement s : x.statements()) {
            MentionRecord mention = s.speakerMention() == null ? null
                    : new MentionRecord(s.speakerMention().text(), span(nt, s.speakerMention().span()));
            List<String> speakers = RecordText.of(s.speakers());
            statements.add(new StatementRecord(String.join("; ", speakers), speakers, s.text(), RecordText.of(s.cue()), s.direct(),
                    s.sentence(), span(nt, s.span()), mention, s.via()));
        }
        List<AgreementRecord> agreements = new ArrayList<>();
        for (Agreement g : x.agreements()) {
            agreements.add(new AgreementRecord(RecordText.of(g.parties()), g.text(), g.kind(), RecordText.of(g.cue()), g.sentence(),
                    span(nt, g.span())));
        }
        return new SummaryRecord(id, source, a.format().name().toLowerCase(java.util.Locale.ROOT), RecordText.of(a.title()),
                a.publishedDate(), RecordText.of(a.dateline()), RecordText.of(a.agency()), participants, orgs, statements, agreements,
                RecordText.of(x.summary()), RecordText.of(x.keywords()), RecordText.of(a.captions()),
                Extractor.VERSION, sha, length, SummaryRecord.OK, null);
    }

    private static SpanRecord span(NormalizedText nt, Span s) {
        Span o = nt.toOriginal(s);
        return new SpanRecord(o.start(), o.end());
    }

    private static SummaryRecord failed(String id, String source, String sha, long length, String code, String message) {
        return new SummaryRecord(id, source, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Extractor.VERSION, sha, length, SummaryRecord.FAILED,
                new ErrorRecord(code, message));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
