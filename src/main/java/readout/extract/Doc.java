package readout.extract;

import java.util.ArrayList;
import java.util.List;
import readout.article.Article;
import readout.article.Paragraph;
import readout.nlp.Tagger;
import readout.text.NormalizedText;
import readout.text.Quotes;
import readout.text.Sentence;
import readout.text.SentenceSplitter;
import readout.text.Span;
import readout.text.Token;
import readout.text.Tokenizer;

/** The body of an article as the extractors read it: sentences in order, each with its tokens, tagged (readout.nlp). */
final class Doc {
    final String text;
    /** The article's own text, single quotation marks as written: what records quote (same length as {@link #text}). */
    final String own;
    final List<Sentence> sentences = new ArrayList<>();
    final List<List<Token>> tokens = new ArrayList<>();

    Doc(Article article, SentenceSplitter splitter) {
        // read with single quotation marks as double where the article quotes that way; sentences keep the article's own
        this.text = Quotes.singleAsDouble(article.text());
        this.own = article.text();
        List<List<Token>> words = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            if (p.kind() != Paragraph.Kind.BODY) continue;
            for (Span s : splitter.split(text, p.span())) {
                sentences.add(new Sentence(sentences.size(), p.index(), s, s.of(article.text())));
                words.add(Tokenizer.tokenize(text, s));
            }
        }
        tokens.addAll(Tagger.shared().tagSentences(words));
    }

    /** The words at a span as a record gives them: the article's own characters, each run of white space one space. */
    String words(Span span) {
        return NormalizedText.collapse(span.of(own));
    }

    int size() {
        return sentences.size();
    }
}
