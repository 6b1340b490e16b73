package org.parley.ingest.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.model.Article;
import org.parley.model.Outcome;
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
        return LazyRecords.stream(() -> new Lines(in, Documents.openStreamed(in, true)));
    }

    private final class Lines implements Cursor {
        private final Input input;
        private final BufferedInputStream stream;
        private final LineReader lines;
        private final Charset charset;

        Lines(Input input, BufferedInputStream stream) {
            this.input = input;
            this.stream = stream;
            this.lines = new LineReader(stream, (int) maker.config().maxRecordBytes());
            this.charset = maker.config().charset().orElse(StandardCharsets.UTF_8);
        }

        @Override
        public Outcome<Article> next() {
            while (true) {
                LineReader.RawLine line;
                try {
                    line = lines.next();
                } catch (IOException e) {
                    return Outcome.failed(Problems.io(input.source(), e).problem());
                }
                if (line == null) return null;
                String where = input.source() + ":" + line.number();
                if (line.tooLong()) {
                    return Problems.failed(where, "line is over the %s record limit".formatted(Problems.bytes(maker.config().maxRecordBytes())),
                            "split the record, or raise IngestConfig.maxRecordBytes");
                }
                int skip = line.number() == 1 ? Charsets.bom(java.util.Arrays.copyOf(line.bytes(), Math.min(3, line.length()))).map(Charsets.Bom::length).orElse(0) : 0;
                String json;
                try {
                    json = Charsets.decode(line.bytes(), skip, line.length() - skip, charset);
                } catch (Charsets.BadBytes e) {
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
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
