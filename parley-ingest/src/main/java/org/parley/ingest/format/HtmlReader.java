package org.parley.ingest.format;

import java.util.Optional;
import java.util.stream.Stream;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.StageException;

/** An HTML file: one article, its main text chosen by content density, its metadata from the page's head. */
public final class HtmlReader implements FormatReader {
    private final ArticleMaker maker;

    public HtmlReader(ArticleMaker maker) {
        this.maker = maker;
    }

    @Override
    public Stream<Outcome<Article>> read(Input in) {
        return Stream.of(in).map(this::readOne);
    }

    private Outcome<Article> readOne(Input in) {
        try {
            byte[] b = Documents.load(in, maker.config());
            return maker.make(HtmlArticle.draft(b, in.name(), in.source(), maker.config(), Optional.empty(), "", Optional.empty()));
        } catch (StageException e) {
            return Outcome.failed(e.problem());
        }
    }
}
