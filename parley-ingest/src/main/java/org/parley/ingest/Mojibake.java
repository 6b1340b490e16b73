package org.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Span;

/**
 * Finds and repairs double-encoded UTF-8 ("mojibake"): UTF-8 bytes read once, or twice, as Windows-1252 or
 * Latin-1, so that "won’t" arrives as "wonâ€™t" or, read twice, as "wonÃ¢â‚¬â„¢t".
 *
 * <p>A run of characters that each stand for one byte in Windows-1252 (or Latin-1, for the five bytes Windows-1252
 * leaves undefined, which such text carries as C1 controls: "â€\u009d") is turned back into those bytes, and every
 * complete, strictly valid multi-byte UTF-8 sequence in it is decoded. That is repeated while it changes anything
 * (twice for text encoded twice). A sequence is accepted only when it decodes to a printable character of a script
 * news is written in: a two-byte sequence decodes to U+0080–U+07FF, where besides Latin, Greek, Cyrillic, Hebrew
 * and Arabic lie scripts (Syriac, Thaana, NKo) that no misread English text produces but real text can look like
 * ("Gruß“" is the bytes of U+07D3), so those are refused. Text in Latin-1 that is not mojibake ("Señor", "São
 * Tomé", "é”") never forms a valid sequence: a lead byte needs the right number of continuation bytes
 * (U+0080–U+00BF) after it, and letters are not continuation bytes.
 *
 * <p>No library on Maven Central does this for Java (Python's ftfy does; its Java ports are unmaintained), and
 * charset detectors (juniversalchardet, ICU's CharsetDetector) guess the encoding of bytes, not repair text already
 * decoded wrongly.
 */
public final class Mojibake {
    /** The reason a repair is recorded with, followed by the repaired characters. */
    public static final String REASON = "double-encoded UTF-8 repaired as ";

    /** Windows-1252's characters for the bytes 0x80–0x9F; U+FFFF where the code page defines none. */
    private static final String CP1252_HIGH =
            "€\uFFFF‚ƒ„…†‡ˆ‰Š‹Œ\uFFFFŽ\uFFFF\uFFFF‘’“”•–—˜™š›œ\uFFFFžŸ";
    private static final Set<Character.UnicodeScript> TWO_BYTE_SCRIPTS = Set.of(Character.UnicodeScript.LATIN,
            Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.ARMENIAN,
            Character.UnicodeScript.HEBREW, Character.UnicodeScript.ARABIC, Character.UnicodeScript.COMMON,
            Character.UnicodeScript.INHERITED);
    private static final int MAX_ROUNDS = 3;

    private Mojibake() {
    }

    /**
     * One repaired stretch of a text.
     *
     * @param span     where the mojibake stands in the text
     * @param original the mojibake ("â€™")
     * @param repaired what it encodes ("’"), always shorter than {@code original}
     */
    public record Repair(Span span, String original, String repaired) {
        public Repair {
            if (original.length() != span.length() || repaired.isEmpty() || repaired.length() >= original.length()) {
                throw new IllegalArgumentException("repair of '%s' at %s as '%s'".formatted(original, span, repaired));
            }
        }
    }

    /** Every repairable stretch of {@code text}, in text order. */
    public static List<Repair> find(String text) {
        List<Repair> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (byteOf(text.charAt(i)) < 0x80) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && byteOf(text.charAt(end)) >= 0x80) end++;
            if (end - i >= 2) repairRun(text, i, end, out);
            i = end;
        }
        return out;
    }

    /** {@code text} with every repair written in full: shorter than the text. For titles, which carry no offsets. */
    public static String repaired(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int at = 0;
        for (Repair r : find(text)) {
            b.append(text, at, r.span().start()).append(r.repaired());
            at = r.span().end();
        }
        return b.append(text, at, text.length()).toString();
    }

    /**
     * {@code text} with every repair written in place, padded to the mojibake's length, so every offset outside a
     * repair still points at the same character. The padding goes where it changes no word: spaces on the side of
     * the repair that already has white space ("  “We", "end”  "), else soft hyphens (U+00AD) before the repaired
     * character ("Obama\u00AD\u00AD’s"): tokenizers (CoreNLP's, Lucene's) read a soft hyphen as part of the word
     * and drop it from the word, and browsers do not show it.
     */
    public static String padded(String text, List<Repair> repairs) {
        char[] out = text.toCharArray();
        for (Repair r : repairs) {
            int s = r.span().start();
            int e = r.span().end();
            String rep = r.repaired();
            int pad = e - s - rep.length();
            boolean spaceBefore = s == 0 || Character.isWhitespace(text.charAt(s - 1));
            boolean spaceAfter = e == text.length() || Character.isWhitespace(text.charAt(e));
            if (spaceBefore || !spaceAfter) {
                char filler = spaceBefore ? ' ' : '\u00AD';
                for (int k = 0; k < pad; k++) out[s + k] = filler;
                rep.getChars(0, rep.length(), out, s + pad);
            } else {
                rep.getChars(0, rep.length(), out, s);
                for (int k = s + rep.length(); k < e; k++) out[k] = ' ';
            }
        }
        return new String(out);
    }

    /**
     * Repairs one run of byte-like characters {@code [from, to)}. Each character of the working string carries the
     * stretch of the text it stands for, so a character decoded in the second round covers all the characters the
     * first round decoded into it.
     */
    private static void repairRun(String text, int from, int to, List<Repair> out) {
        String s = text.substring(from, to);
        int[] starts = new int[s.length()];
        int[] ends = new int[s.length()];
        for (int k = 0; k < s.length(); k++) {
            starts[k] = from + k;
            ends[k] = from + k + 1;
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            StringBuilder next = new StringBuilder();
            List<int[]> origins = new ArrayList<>();
            int k = 0;
            while (k < s.length()) {
                int n = sequenceLength(s, k);
                String decoded = n > 1 ? decode(s, k, n) : null;
                if (decoded == null) {
                    next.append(s.charAt(k));
                    origins.add(new int[] {starts[k], ends[k]});
                    k++;
                    continue;
                }
                // a supplementary character decodes to two chars: both stand for the whole sequence
                for (int c = 0; c < decoded.length(); c++) {
                    next.append(decoded.charAt(c));
                    origins.add(new int[] {starts[k], ends[k + n - 1]});
                }
                k += n;
            }
            if (next.length() == s.length()) break;
            s = next.toString();
            starts = origins.stream().mapToInt(o -> o[0]).toArray();
            ends = origins.stream().mapToInt(o -> o[1]).toArray();
        }
        for (int k = 0; k < s.length(); ) {
            int n = k + 1 < s.length() && starts[k + 1] == starts[k] ? 2 : 1;
            if (ends[k] - starts[k] > n && Character.getType(s.codePointAt(k)) != Character.CONTROL) {
                out.add(new Repair(new Span(starts[k], ends[k]), text.substring(starts[k], ends[k]), s.substring(k, k + n)));
            }
            k += n;
        }
    }

    /** The length of the UTF-8 sequence whose lead byte the character at {@code k} stands for, or 1. */
    private static int sequenceLength(String s, int k) {
        int b = byteOf(s.charAt(k));
        int n = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 1;
        if (k + n > s.length()) return 1;
        for (int j = k + 1; j < k + n; j++) {
            int c = byteOf(s.charAt(j));
            if (c < 0x80 || c > 0xBF) return 1;
        }
        return n;
    }

    /** The character the {@code n} byte-like characters at {@code k} encode, or null when that is no character to accept. */
    private static String decode(String s, int k, int n) {
        byte[] bytes = new byte[n];
        for (int j = 0; j < n; j++) bytes[j] = (byte) byteOf(s.charAt(k + j));
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String decoded;
        try {
            decoded = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null; // an overlong form or a surrogate: not text that was ever encoded
        }
        int cp = decoded.codePointAt(0);
        int type = Character.getType(cp);
        // a C1 control may be a byte of text encoded twice, for the next round; it is refused at the end if left
        boolean c1 = cp >= 0x80 && cp <= 0x9F;
        if (type == Character.CONTROL && !c1 || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE) {
            return null;
        }
        if (n == 2 && !TWO_BYTE_SCRIPTS.contains(Character.UnicodeScript.of(cp))) return null;
        return decoded;
    }

    /** The byte a character stands for when UTF-8 was read as Windows-1252 or Latin-1; -1 when it stands for none. */
    static int byteOf(char c) {
        if (c < 0x100) return c;
        int i = c == '\uFFFF' ? -1 : CP1252_HIGH.indexOf(c);
        return i < 0 ? -1 : 0x80 + i;
    }
}
