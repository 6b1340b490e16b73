package org.parley.ingest.format;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.ingest.IngestConfig;
import org.parley.model.Problem;

/**
 * Decodes an HTML page: the configured charset, else the byte-order mark, else the charset of the transport
 * (a WARC record's Content-Type), else the page's {@code <meta charset>}, else UTF-8; a page that is not valid
 * UTF-8 and declares nothing is read as windows-1252 with a warning naming the first bad byte.
 */
final class HtmlDecoder {
    record Decoded(String html, List<Problem> warnings) {
    }

    private HtmlDecoder() {
    }

    static Decoded decode(byte[] b, String source, IngestConfig config, Optional<Charset> transport) {
        List<Problem> warnings = new ArrayList<>();
        Optional<CharsetDetector.Bom> bom = CharsetDetector.bom(b);
        int skip = bom.map(CharsetDetector.Bom::length).orElse(0);
        Optional<Charset> declared = config.charset()
                .or(() -> bom.map(CharsetDetector.Bom::charset))
                .or(() -> transport)
                .or(() -> CharsetDetector.declaredInHtml(b));
        Charset cs = declared.orElse(StandardCharsets.UTF_8);
        try {
            return new Decoded(CharsetDetector.decode(b, skip, b.length - skip, cs), warnings);
        } catch (CharsetDetector.BadBytes e) {
            long at = e.offset() + skip;
            if (declared.isPresent()) {
                warnings.add(new Problem(source, Problems.READ, "not valid %s (as declared) at byte %d; bad bytes were replaced".formatted(cs.name(), at),
                        "pass --charset with the page's real charset"));
                return new Decoded(CharsetDetector.decodeLenient(b, skip, b.length - skip, cs), warnings);
            }
            warnings.add(new Problem(source, Problems.READ,
                    "not valid UTF-8 at byte %d and no charset declared; read as %s".formatted(at, CharsetDetector.LEGACY.name()),
                    "declare the charset in <meta charset>, or pass --charset"));
            return new Decoded(CharsetDetector.decodeLenient(b, skip, b.length - skip, CharsetDetector.LEGACY), warnings);
        }
    }
}
