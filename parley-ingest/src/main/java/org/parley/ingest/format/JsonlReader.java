package org.parley.ingest.format;

import java.util.Arrays;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.Problem;
import org.parley.model.StageException;

/**
 * JSON Lines: one article object per line, streamed, so the file may be of any size. A bad line (malformed
 * JSON, not UTF-8, over the record limit, no text) is a problem naming {@code file:line}; the other lines go on.
 * The article's name is its {@code id}, else {@code file:line}.
 */
public final class JsonlReader implements FormatReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ArticleMaker maker;

    public JsonlReader(ArticleMaker maker) {
        this.maker = maker;
    }

    @Override
    public Stream<Outcome<Article>> read(Input in) {
        return LazyRecords.stream(() -> new Lines(in, Documents.openStreamed(in, true, true)));
    }

    private final class Lines implements Cursor {
        private final Input input;
        private final Documents.Opened opened;
        private final LineReader lines;
        private final Charset charset;
        private boolean ended;

        Lines(Input input, Documents.Opened opened) {
            this.input = input;
            this.opened = opened;
            this.lines = new LineReader(opened.stream(), (int) maker.config().maxRecordBytes());
            this.charset = maker.config().charset().orElse(StandardCharsets.UTF_8);
        }

        @Override
        public Outcome<Article> next() {
            while (!ended) {
                LineReader.RawLine line;
                try {
                    line = lines.next();
                } catch (IOException e) {
                    ended = true;
                    Problem p = Problems.io(input.source(), e).problem();
                    return Outcome.failed(new Problem(input.source() + ":" + (lines.lines() + 1), p.stage(),
                            p.message() + " (after line %d, byte %d of the data)".formatted(lines.lines(), lines.offset()),
                            p.hint() + "; the lines before were read"));
                }
                if (line == null) {
                    ended = true;
                    return opened.damage(input.source() + ":" + (lines.lines() + 1), "after line " + lines.lines()).orElse(null);
                }
                if (!line.terminated() && opened.guard().failure().isPresent()) {
                    // the line the data broke off in: reporting it as malformed JSON would blame the wrong thing
                    ended = true;
                    return opened.damage(input.source() + ":" + line.number(), "in line " + line.number()).orElseThrow();
                }
                String where = input.source() + ":" + line.number();
                if (line.tooLong()) {
                    return Problems.failed(where, "line is over the %s record limit".formatted(Problems.bytes(maker.config().maxRecordBytes())),
                            "split the record, or raise IngestConfig.maxRecordBytes");
                }
                int skip = line.number() == 1 ? CharsetDetector.bom(Arrays.copyOf(line.bytes(), Math.min(3, line.length()))).map(CharsetDetector.Bom::length).orElse(0) : 0;
                String json;
                try {
                    json = CharsetDetector.decode(line.bytes(), skip, line.length() - skip, charset);
                } catch (CharsetDetector.BadBytes e) {
                    return Problems.failed(where, "not valid %s at byte %d of the file".formatted(charset.name(), line.offset() + skip + e.offset()),
                            "re-save the file as UTF-8, or pass --charset with the charset it was saved in");
                }
                if (json.isBlank()) continue;
                try {
                    JsonNode node = JSON.readTree(json);
                    return maker.make(JsonRecord.draft(node, input.name() + ":" + line.number(), where));
                } catch (JsonProcessingException e) {
                    return Problems.failed(where, "not valid JSON: " + e.getOriginalMessage(),
                            "fix or remove this line; each line must hold one complete JSON object");
                } catch (StageException e) {
                    return Outcome.failed(e.problem());
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            opened.stream().close();
        }
    }
}
