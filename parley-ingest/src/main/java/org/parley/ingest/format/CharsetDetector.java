package org.parley.ingest.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Detects and applies character sets: byte-order marks, HTML declarations, strict decoding with the byte offset of the first bad byte. */
public final class CharsetDetector {
    /** The usual charset of text that is not UTF-8: what a user on Windows most likely saved. */
    public static final Charset LEGACY = Charset.forName("windows-1252");
    private static final Pattern XML_DECLARATION = Pattern.compile("\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]{1,40})[\"']");
    private static final Pattern META = Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([\\w:.-]{1,40})");

    private CharsetDetector() {
    }

    /** A byte-order mark and the charset it announces. */
    public record Bom(Charset charset, int length) {
    }

    /** Bytes that are not valid in the charset, at {@code offset} from the start of the decoded range. */
    public static final class BadBytes extends Exception {
        private static final long serialVersionUID = 1L;
        private final long offset;

        BadBytes(long offset, Charset charset) {
            super("not valid " + charset.name() + " at byte " + offset);
            this.offset = offset;
        }

        public long offset() {
            return offset;
        }
    }

    public static Optional<Bom> bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
        return Optional.empty();
    }

    /** The charset an HTML document declares in a {@code <meta>} tag within its first bytes, if this JDK knows it. */
    public static Optional<Charset> declaredInHtml(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        return m.find() ? forName(m.group(1)) : Optional.empty();
    }

    /** The encoding an XML declaration names ({@code <?xml version="1.0" encoding="ISO-8859-1"?>}), if this JDK knows it. */
    public static Optional<Charset> declaredInXml(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = XML_DECLARATION.matcher(head);
        return m.lookingAt() ? forName(m.group(1)) : Optional.empty();
    }

    public static Optional<Charset> forName(String name) {
        try {
            Charset cs = Charset.forName(name.strip());
            // A page that declares UTF-16 in ASCII bytes is really ASCII-compatible (the HTML spec says so too).
            return Optional.of(cs.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** Decodes strictly: the first malformed or unmappable byte is reported with its offset. */
    public static String decode(byte[] b, int off, int len, Charset cs) throws BadBytes {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, (long) (len * (double) dec.averageCharsPerByte()) + 16));
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) throw new BadBytes(in.position() - off, cs);
            if (!r.isOverflow()) break;
            out = grow(out);
        }
        while (dec.flush(out).isOverflow()) {
            out = grow(out);
        }
        return out.flip().toString();
    }

    /** Decodes replacing bad bytes: for fallbacks, after a warning was given. */
    public static String decodeLenient(byte[] b, int off, int len, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(b, off, len)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(Math.max(16, out.capacity() * 2));
        out.flip();
        bigger.put(out);
        return bigger;
    }
}
