package org.parley.ingest.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.StageException;

/**
 * A JSON document holding one article object, an array of them, or several objects one after another; streamed
 * record by record. Malformed JSON ends the file with a problem naming the line and column; the records before
 * it are kept. A single object is named by its id, else the file name; array items by id, else {@code file#n}.
 */
public final class JsonReader implements FormatReader {
    private final ArticleMaker maker;
    private final ObjectMapper json;

    public JsonReader(ArticleMaker maker) {
        this.maker = maker;
        int maxChars = (int) Math.min(Integer.MAX_VALUE - 16, maker.config().maxRecordBytes());
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxChars).build()).build();
        this.json = new ObjectMapper(factory);
    }

    @Override
    public Stream<Outcome<Article>> read(Input in) {
        return LazyRecords.stream(() -> open(in));
    }

    private Cursor open(Input in) {
        Documents.Opened opened = Documents.openStreamed(in, true);
        BufferedInputStream stream = opened.stream();
        try {
            Documents.skipBom(stream);
            // A reader that reports bad bytes instead of replacing them: the problem then says "not valid UTF-8".
            InputStreamReader reader = new InputStreamReader(stream, maker.config().charset().orElse(StandardCharsets.UTF_8).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            return new Records(in, opened, json.getFactory().createParser(reader));
        } catch (IOException e) {
            Documents.closeQuietly(stream);
            throw Problems.io(in.source(), e);
        }
    }

    private final class Records implements Cursor {
        private final Input input;
        private final Documents.Opened opened;
        private final JsonParser parser;
        private boolean inArray;
        private boolean started;
        private boolean ended;
        private int count;

        Records(Input input, Documents.Opened opened, JsonParser parser) {
            this.input = input;
            this.opened = opened;
            this.parser = parser;
        }

        @Override
        public Outcome<Article> next() {
            if (ended) return null;
            try {
                JsonToken token = parser.nextToken();
                if (!started) {
                    started = true;
                    if (token == null) return end(Problems.failed(input.source(), "JSON file holds no value", "give an article object or an array of them"));
                    if (token == JsonToken.START_ARRAY) {
                        inArray = true;
                        token = parser.nextToken();
                    }
                }
                if (token == null || (inArray && token == JsonToken.END_ARRAY)) {
                    ended = true;
                    return opened.damage(input.source(), "after record " + count).orElse(null);
                }
                count++;
                JsonNode node = json.readTree(parser);
                String where = inArray || count > 1 ? input.source() + "#" + count : input.source();
                String name = inArray || count > 1 ? input.name() + "#" + count : input.name();
                return maker.make(JsonRecord.draft(node, name, where));
            } catch (StageException e) {
                return Outcome.failed(e.problem());
            } catch (JsonProcessingException e) {
                Optional<Outcome<Article>> damage = opened.damage(input.source(), "after record " + count);
                if (damage.isPresent()) return end(damage.get());
                JsonLocation at = e.getLocation();
                String where = at == null ? "" : " at line %d, column %d".formatted(at.getLineNr(), at.getColumnNr());
                return end(Problems.failed(input.source() + (at == null ? "" : ":" + at.getLineNr()),
                        "not valid JSON" + where + ": " + e.getOriginalMessage(), "fix the JSON; the records before this point were read"));
            } catch (CharacterCodingException e) {
                JsonLocation at = parser.currentLocation();
                return end(Problems.failed(input.source() + ":" + at.getLineNr(), "not valid %s near line %d, column %d"
                        .formatted(maker.config().charset().orElse(StandardCharsets.UTF_8).name(), at.getLineNr(), at.getColumnNr()),
                        "re-save the file as UTF-8, or pass --charset with the charset it was saved in"));
            } catch (IOException e) {
                return end(Outcome.failed(Problems.io(input.source(), e).problem()));
            }
        }

        private Outcome<Article> end(Outcome<Article> last) {
            ended = true;
            return last;
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }
}
