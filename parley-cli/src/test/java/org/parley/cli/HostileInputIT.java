package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and careless input, generated here (nothing large is committed), ingested in one batch by a real
 * {@code parley ingest} in its own JVM with a bounded heap: every file gives exactly one line on standard error
 * naming it (a problem, or a warning for an article kept in part), none a stack trace; the exit status says not
 * everything was read; the store opens afterwards and holds exactly the articles that could be read.
 *
 * <p>The heap bound, {@value #HEAP}, is what the language models need plus room for two threads of analysis: the
 * 20 MB one-line text and the 1 MB word fit inside it because text and words are cut before annotation.
 */
class HostileInputIT {
    private static final String HEAP = "-Xmx1536m";
    private static final String SENTENCE = "The minister said on Monday that talks would continue.";

    @TempDir
    Path dir;

    /** What one file must give: a problem (not stored) or a warning (stored in part). */
    private enum Expect { PROBLEM, WARNING }

    @Test
    void every_hostile_file_gives_one_line_and_the_batch_and_the_store_survive() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Map<String, Expect> files = write(in);
        Path store = dir.resolve("store").resolve("parley");

        Run ingest = parley("ingest", in.toString(), "--threads", "2", "--quiet", "--max-file-size", "32", "--store", store.toString());

        assertThat(ingest.exit).as(ingest.err).isEqualTo(1);
        assertThat(ingest.err).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception in thread");
        List<String> lines = ingest.err.lines().filter(l -> !l.startsWith("parley: loading")).toList();
        for (Map.Entry<String, Expect> f : files.entrySet()) {
            String shown = f.getKey().replace("\n", "\\n");
            List<String> about = lines.stream().filter(l -> l.contains(shown)).toList();
            assertThat(about).as("lines about %s in:%n%s", shown, ingest.err).hasSize(1);
            assertThat(about.getFirst().length()).as(shown).isLessThan(1_000);
        }
        assertThat(lines).as("every line names one of the files").allSatisfy(l ->
                assertThat(files.keySet().stream().map(n -> n.replace("\n", "\\n")).anyMatch(l::contains)).as(l).isTrue());
        assertThat(ingest.err).doesNotContain("root:x:0:0");

        Run articles = parley("articles", "--json", "--store", store.toString());
        assertThat(articles.exit).as(articles.err).isZero();
        long warned = files.values().stream().filter(e -> e == Expect.WARNING).count();
        assertThat(articles.out.lines().count()).as(articles.out).isEqualTo(warned + 1);
        Run search = parley("search", "minister", "--store", store.toString());
        assertThat(search.exit).as(search.err).isZero();
    }

    /** The hostile files, each with what it must give. */
    private static Map<String, Expect> write(Path in) throws IOException {
        Map<String, Expect> files = new LinkedHashMap<>();
        Files.writeString(in.resolve("ordinary.txt"), SENTENCE + "\n");
        // XML: an external entity must not be read, entity expansion must not explode
        files.put("xxe.rss", Expect.PROBLEM);
        Files.writeString(in.resolve("xxe.rss"), "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><item><title>t</title><description>&x; " + SENTENCE + "</description></item></channel></rss>");
        files.put("laughs.rss", Expect.PROBLEM);
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) laughs.append("<!ENTITY l%d \"%s\">".formatted(i, ("&l" + (i - 1) + ";").repeat(10)));
        Files.writeString(in.resolve("laughs.rss"), laughs + "]><rss><channel><item><description>&l9;</description></item></channel></rss>");
        // compressed: a gzip bomb and a truncated WARC
        files.put("bomb.txt.gz", Expect.PROBLEM);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("bomb.txt.gz")))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) gz.write(zeros);
        }
        files.put("cut.warc.gz", Expect.PROBLEM);
        byte[] warc = gzip(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/a\r\n"
                + "WARC-Date: 2025-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http; msgtype=response\r\n"
                + "Content-Length: 100000\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>" + SENTENCE)
                .getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("cut.warc.gz"), Arrays.copyOf(warc, warc.length / 2));
        // deep nesting
        files.put("deep.json", Expect.PROBLEM);
        Files.writeString(in.resolve("deep.json"), "[".repeat(100_000) + "]".repeat(100_000));
        // bytes that are not text
        files.put("binary.txt", Expect.PROBLEM);
        byte[] noise = new byte[4096];
        new Random(17).nextBytes(noise);
        Files.write(in.resolve("binary.txt"), noise);
        files.put("latin1.txt", Expect.PROBLEM);
        Files.write(in.resolve("latin1.txt"), ("Caf\u00e9 " + SENTENCE).getBytes(StandardCharsets.ISO_8859_1));
        files.put("empty.txt", Expect.PROBLEM);
        Files.writeString(in.resolve("empty.txt"), "");
        files.put("utf16.jsonl", Expect.PROBLEM);
        Files.write(in.resolve("utf16.jsonl"), ("{\"id\":\"u\",\"text\":\"" + SENTENCE + "\"}\n").getBytes(StandardCharsets.UTF_16LE));
        files.put("broken.jsonl", Expect.PROBLEM);
        Files.writeString(in.resolve("broken.jsonl"), "{\"id\":\"b\",\"text\":\n");
        files.put("notxml.rss", Expect.PROBLEM);
        Files.writeString(in.resolve("notxml.rss"), "this is not a feed");
        files.put("forged\nparley: 0 problems.txt", Expect.PROBLEM);
        Files.write(in.resolve("forged\nparley: 0 problems.txt"), noise);
        files.put("big.txt", Expect.PROBLEM);
        Files.writeString(in.resolve("big.txt"), (SENTENCE + "\n").repeat((33 << 20) / (SENTENCE.length() + 1)));
        // a loop of symbolic links
        files.put("loop", Expect.PROBLEM);
        Files.createSymbolicLink(in.resolve("loop"), in.resolve("loop"));
        // fields over what the store and the index take
        files.put("outlet.jsonl", Expect.PROBLEM);
        Files.writeString(in.resolve("outlet.jsonl"), "{\"id\":\"o\",\"source\":\"" + "x".repeat(40_000)
                + "\",\"text\":\"The spokesman said on Tuesday that the border would stay closed.\"}\n");
        // work per article: a 1 MB word, a 20 MB line
        files.put("word.txt", Expect.WARNING);
        Files.writeString(in.resolve("word.txt"), "The envoy said on Friday that the deal was close.\n" + "w".repeat(1 << 20) + "\n");
        files.put("line.txt", Expect.WARNING);
        Files.writeString(in.resolve("line.txt"), ("The mayor said the bridge would reopen in May. ").repeat((20 << 20) / 48));
        return files;
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run parley(String... args) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "--enable-native-access=ALL-UNNAMED", "-cp", cp, "org.parley.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread drain = Thread.ofVirtual().start(() -> {
            try {
                p.getErrorStream().transferTo(err);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("parley %s finished", String.join(" ", args)).isTrue();
        drain.join();
        return new Run(p.exitValue(), out, err.toString(StandardCharsets.UTF_8));
    }
}
