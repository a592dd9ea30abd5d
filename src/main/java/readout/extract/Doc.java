package readout.extract;

import java.util.ArrayList;
import java.util.List;
import readout.article.Article;
import readout.article.Paragraph;
import readout.text.Quotes;
import readout.text.Sentence;
import readout.text.SentenceSplitter;
import readout.text.Span;
import readout.text.Token;
import readout.text.Tokenizer;

/** The body of an article as the extractors read it: sentences in order, each with its tokens. */
final class Doc {
    final String text;
    final List<Sentence> sentences = new ArrayList<>();
    final List<List<Token>> tokens = new ArrayList<>();

    Doc(Article article, SentenceSplitter splitter) {
        // read with single quotation marks as double where the article quotes that way; sentences keep the article's own
        this.text = Quotes.singleAsDouble(article.text());
        for (Paragraph p : article.paragraphs()) {
            if (p.kind() != Paragraph.Kind.BODY) continue;
            for (Span s : splitter.split(text, p.span())) {
                sentences.add(new Sentence(sentences.size(), p.index(), s, s.of(article.text())));
                tokens.add(Tokenizer.tokenize(text, s));
            }
        }
    }

    int size() {
        return sentences.size();
    }
}
