package org.parley.ingest.format;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.StageException;

/** A plain-text file: one article, its text exactly as in the file; the headline, if any, is found by the cleaner's pass. */
public final class TextReader implements FormatReader {
    private final ArticleMaker maker;

    public TextReader(ArticleMaker maker) {
        this.maker = maker;
    }

    @Override
    public Stream<Outcome<Article>> read(Input in) {
        return Stream.of(in).map(this::readOne);
    }

    private Outcome<Article> readOne(Input in) {
        try {
            byte[] b = Documents.load(in, maker.config());
            String text = Documents.decodeText(b, in.source(), maker.config());
            if (text.isBlank()) throw Problems.blank(in.source());
            return maker.make(new Draft(in.name(), in.source(), "", "", "", "", Optional.empty(), text, Map.of(), List.of()));
        } catch (StageException e) {
            return Outcome.failed(e.problem());
        }
    }
}
