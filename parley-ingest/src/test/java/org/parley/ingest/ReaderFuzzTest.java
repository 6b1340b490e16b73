package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.Outcome;

/**
 * Feeds truncated, corrupted and random bytes to every reader, under every extension and as a stream: whatever
 * the input, only outcomes come out, never an exception, and every article keeps its invariants. The seed is
 * printed; rerun a failure with {@code -Dparley.fuzz.seed=<seed>}.
 */
class ReaderFuzzTest {
    private static final int ROUNDS = Integer.getInteger("parley.fuzz.rounds", 150);
    private static final List<String> EXTENSIONS = List.of(".txt", ".html", ".jsonl", ".json", ".rss", ".xml", ".warc", ".warc.gz", ".jsonl.gz", ".gz", "");

    @TempDir
    Path dir;

    @Test
    void no_input_makes_a_reader_throw() throws IOException {
        // A fixed seed by default, so CI is repeatable; -Dparley.fuzz.seed=random explores new inputs.
        String given = System.getProperty("parley.fuzz.seed", "7034926479218");
        long seed = given.equals("random") ? System.nanoTime() : Long.parseLong(given);
        System.out.println("ReaderFuzzTest seed: " + seed + " (rerun with -Dparley.fuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        ArticleReader reader = new ArticleReader(IngestConfig.defaults().withMaxRecordBytes(1 << 16));
        List<byte[]> samples = List.of(Fixtures.html().getBytes(StandardCharsets.UTF_8), Fixtures.rss().getBytes(StandardCharsets.UTF_8),
                Fixtures.atom().getBytes(StandardCharsets.UTF_8), Fixtures.jsonl().getBytes(StandardCharsets.UTF_8),
                Fixtures.warc(false), Fixtures.warc(true), (Fixtures.P1 + "\n" + Fixtures.P2).getBytes(StandardCharsets.UTF_8));
        int done = 0;
        int failed = 0;
        for (int round = 0; round < ROUNDS; round++) {
            byte[] input = mutate(samples.get(random.nextInt(samples.size())), random);
            String ext = EXTENSIONS.get(random.nextInt(EXTENSIONS.size()));
            Path file = Files.write(dir.resolve("fuzz" + round + ext), input);
            String what = "round " + round + " (seed " + seed + ", " + file.getFileName() + ", " + input.length + " bytes)";
            for (List<Outcome<Article>> outcomes : List.of(readAll(reader, file, what), readAll(reader, input, what))) {
                assertThat(outcomes).as(what).isNotEmpty();
                for (Outcome<Article> o : outcomes) {
                    switch (o) {
                        case Outcome.Done<Article> d -> done++;
                        case Outcome.Failed<Article> f -> {
                            failed++;
                            assertThat(f.problem().message()).as(what).isNotBlank();
                        }
                    }
                }
            }
        }
        System.out.println("ReaderFuzzTest: " + done + " articles, " + failed + " problems");
        assertThat(done + failed).isGreaterThan(ROUNDS);
    }

    private static List<Outcome<Article>> readAll(ArticleReader reader, Path file, String what) {
        try {
            return Checks.all(reader.read(file));
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("reading " + what + " threw", e);
        }
    }

    private static List<Outcome<Article>> readAll(ArticleReader reader, byte[] input, String what) {
        try {
            return Checks.all(reader.read("stdin", new ByteArrayInputStream(input)));
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("reading " + what + " from a stream threw", e);
        }
    }

    /** Truncates, flips bytes, inserts garbage, or replaces everything with random bytes. */
    private static byte[] mutate(byte[] sample, Random random) {
        byte[] b = sample.clone();
        switch (random.nextInt(5)) {
            case 0 -> b = Arrays.copyOf(b, random.nextInt(b.length + 1));
            case 1 -> {
                for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            case 2 -> {
                int at = random.nextInt(b.length);
                byte[] junk = new byte[1 + random.nextInt(64)];
                random.nextBytes(junk);
                byte[] out = new byte[b.length + junk.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(junk, 0, out, at, junk.length);
                System.arraycopy(b, at, out, at + junk.length, b.length - at);
                b = out;
            }
            case 3 -> random.nextBytes(b = new byte[random.nextInt(2048)]);
            default -> {
                b = Arrays.copyOf(b, random.nextInt(b.length + 1));
                if (b.length > 0) b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
        }
        return b;
    }
}
