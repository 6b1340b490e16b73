package org.parley.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Gzip-compressed inputs other than WARC ({@code news.jsonl.gz}, {@code story.txt.gz}): read through a decompressing stream. */
public final class Gzip {
    private Gzip() {
    }

    public static boolean magic(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /** A decompressing stream over {@code raw}; closes {@code raw} when it is not gzip. */
    public static InputStream inflate(InputStream raw) throws IOException {
        try {
            return new GZIPInputStream(raw, 1 << 16);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /** The first decompressed bytes, for sniffing; fewer when the data ends or breaks early. */
    public static byte[] inflatedHead(InputStream raw) throws IOException {
        InputStream in = inflate(raw);
        byte[] head = new byte[Bytes.HEAD];
        int n = 0;
        try {
            int r;
            while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) n += r;
        } catch (IOException e) {
            // a damaged stream is reported when it is read; what came out before the damage is enough to sniff
        }
        return Arrays.copyOf(head, n);
    }

    /** The name without {@code .gz}: {@code news.jsonl.gz} → {@code news.jsonl}. */
    public static String innerName(String name) {
        return name.regionMatches(true, name.length() - 3, ".gz", 0, 3) ? name.substring(0, name.length() - 3) : name;
    }

    /** The format of decompressed content: by the inner name, else by its first bytes. */
    public static Format innerFormat(String name, byte[] inflatedHead) {
        String inner = innerName(name);
        String s = new String(inflatedHead, 0, Math.min(5, inflatedHead.length), StandardCharsets.ISO_8859_1);
        if (s.startsWith("WARC/")) return Format.WARC;
        return Sniffer.byName(inner).orElseGet(() -> inner.toLowerCase(Locale.ROOT).endsWith(".xml")
                ? Sniffer.sniffXml(inflatedHead, inflatedHead.length) : Sniffer.sniff(inflatedHead, inflatedHead.length));
    }
}
