package org.parley.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnifferTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a.txt|TEXT", "A.HTML|HTML", "a.htm|HTML", "a.jsonl|JSONL", "a.ndjson|JSONL", "a.json|JSON",
            "a.rss|FEED", "a.atom|FEED", "a.warc|WARC", "crawl.warc.gz|WARC"})
    void the_extension_names_the_format(String name, Format format) {
        assertThat(Sniffer.byName(name)).contains(format);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a.xml", "README", "notes.md", "a.gz"})
    void other_names_leave_it_to_the_content(String name) {
        assertThat(Sniffer.byName(name)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'WARC/1.1\r\nWARC-Type: warcinfo'|WARC",
            "'{\"id\":1,\"text\":\"a\"}\n{\"id\":2}'|JSONL",
            "'{\n  \"text\": \"a\"\n}'|JSON",
            "'  [{\"text\":\"a\"}]'|JSON",
            "'<?xml version=\"1.0\"?><rss version=\"2.0\">'|FEED",
            "'<feed xmlns=\"http://www.w3.org/2005/Atom\">'|FEED",
            "'<!DOCTYPE html><html><head>'|HTML",
            "'<div><p>Hello</p></div>'|HTML",
            "'Harbour Plan\nThe council voted.'|TEXT"})
    void the_first_bytes_tell_the_format(String head, Format format) {
        byte[] b = head.getBytes(StandardCharsets.UTF_8);

        assertThat(Sniffer.sniff(b, b.length)).isEqualTo(format);
    }
}
