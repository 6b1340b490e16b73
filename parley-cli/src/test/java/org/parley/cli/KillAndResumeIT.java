package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testkit.Shared;

/**
 * An ingest killed with SIGKILL in the middle of a batch, then run again with the same command, ends with every
 * article stored exactly once and intact: each article is one transaction, and a rerun skips what is stored.
 */
class KillAndResumeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ARTICLES = 24;

    @TempDir
    Path dir;

    @Test
    void a_killed_ingest_rerun_stores_every_article_exactly_once() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Map<String, String> texts = writeArticles(input);
        Path store = dir.resolve("store");

        Process victim = parley("ingest", input.toString(), "--verbose", "--threads", "2", "--store", store.toString());
        int storedBeforeKill = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("stored ") && ++storedBeforeKill == 3) break;
            }
            victim.destroyForcibly();                       // SIGKILL: no shutdown hooks, no clean close
            assertThat(victim.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(storedBeforeKill).as("the first run stored some articles before it was killed").isEqualTo(3);

        Process rerun = parley("ingest", input.toString(), "--quiet", "--store", store.toString());
        String rerunOut = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(rerun.waitFor(15, TimeUnit.MINUTES)).isTrue();
        assertThat(rerun.exitValue()).as(rerunOut).isZero();
        assertThat(rerunOut).contains(ARTICLES + " article(s) read");

        Cli cli = new Cli(store);
        List<JsonNode> stored = new ArrayList<>();
        for (String line : cli.run("articles", "--json").lines()) stored.add(JSON.readTree(line));
        assertThat(stored).extracting(a -> a.get("name").asText()).containsExactlyInAnyOrderElementsOf(texts.keySet());
        for (JsonNode a : stored) {
            JsonNode shown = JSON.readTree(cli.run("show", a.get("id").asText(), "--json").out());
            assertThat(shown.get("original_text").asText()).as("article %s intact", a.get("name").asText())
                    .isEqualTo(texts.get(a.get("name").asText()));
            assertThat(shown.get("text").asText()).isNotBlank();
        }
    }

    /** Short articles from the Kremlin/Ukraine press corpus, one file each (written at test time, never committed). */
    private static Map<String, String> writeArticles(Path folder) throws Exception {
        Path corpus = Shared.require("corpora/ukraine_nato_talks_press_2021_2022.jsonl");
        Map<String, String> texts = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null && texts.size() < ARTICLES; ) {
                JsonNode n = JSON.readTree(line);
                String text = n.get("text").asText();
                if (text.length() < 400 || text.length() > 2500) continue;
                String name = "a" + texts.size() + ".txt";
                String body = text.strip().replaceAll("\\n\\s*\\n", "\n\n");
                if (!body.endsWith(".")) continue;
                Files.writeString(folder.resolve(name), body, StandardCharsets.UTF_8);
                texts.put(name, body);
            }
        }
        return texts;
    }

    private static Process parley(String... args) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", cp, "org.parley.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
