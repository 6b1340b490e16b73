package org.parley.ingest.format;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Tells an input's format from its file name, or, when the name says nothing, from its first bytes. */
public final class Sniffer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Sniffer() {
    }

    /** The format a file name announces; empty for unknown extensions and for {@code .xml}, which may be a feed or XHTML. */
    public static Optional<Format> byName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt") || n.endsWith(".text")) return Optional.of(Format.TEXT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return Optional.of(Format.HTML);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Optional.of(Format.JSONL);
        if (n.endsWith(".json")) return Optional.of(Format.JSON);
        if (n.endsWith(".rss") || n.endsWith(".atom")) return Optional.of(Format.FEED);
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) return Optional.of(Format.WARC);
        return Optional.empty();
    }

    /** The format of an input from its first bytes. Anything not recognised is plain text. */
    public static Format sniff(byte[] head, int length) {
        if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) return Format.WARC;
        int skip = CharsetDetector.bom(head).map(CharsetDetector.Bom::length).orElse(0);
        String s = new String(head, skip, Math.max(0, length - skip), StandardCharsets.ISO_8859_1).stripLeading();
        if (s.startsWith("WARC/")) return Format.WARC;
        if (s.startsWith("[")) return Format.JSON;
        if (s.startsWith("{")) return firstLineIsObject(s) ? Format.JSONL : Format.JSON;
        if (s.startsWith("<")) {
            String lower = s.toLowerCase(Locale.ROOT);
            int feed = firstOf(lower, "<rss", "<feed", "<rdf:rdf");
            int html = firstOf(lower, "<html", "<!doctype html", "<head", "<body", "<article", "<p>", "<p ", "<div", "<meta", "<title");
            if (feed >= 0 && (html < 0 || feed < html)) return Format.FEED;
            if (html >= 0) return Format.HTML;
            return lower.startsWith("<?xml") ? Format.FEED : Format.HTML;
        }
        return Format.TEXT;
    }

    /** For a {@code .xml} file: a feed unless the bytes say HTML, so that a non-XML "feed" is reported as such. */
    public static Format sniffXml(byte[] head, int length) {
        Format f = sniff(head, length);
        return f == Format.HTML ? Format.HTML : Format.FEED;
    }

    private static boolean firstLineIsObject(String s) {
        int nl = s.indexOf('\n');
        if (nl < 0) return false;
        try {
            return JSON.readTree(s.substring(0, nl)).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static int firstOf(String s, String... needles) {
        int best = -1;
        for (String n : needles) {
            int i = s.indexOf(n);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }
}
