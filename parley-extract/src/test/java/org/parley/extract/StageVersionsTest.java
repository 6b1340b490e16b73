package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.model.Issue;

class StageVersionsTest {
    private static final Issue NATO = new Issue("nato", "NATO membership", List.of("NATO membership"));
    private static final Issue CEASEFIRE = new Issue("ceasefire", "Ceasefire", List.of("ceasefire", "truce"));
    /** Data files no per-article stage reads: they make no stage version. */
    private static final List<String> NOT_PER_ARTICLE = List.of("/org/parley/extract/story/stopwords.txt",
            "/org/parley/extract/issue/generic-nouns.txt", "/org/parley/extract/issue/default-issues.json");

    @Test
    void one_added_cue_line_changes_the_hash_of_a_lexicon() {
        Map<String, byte[]> before = lexicon("support\tcall for\n");
        Map<String, byte[]> after = lexicon("support\tcall for\nsupport\tinsist on\n");

        assertThat(StageVersions.contentHash(after)).isNotEqualTo(StageVersions.contentHash(before));
        assertThat(StageVersions.contentHash(lexicon("support\tcall for\n"))).isEqualTo(StageVersions.contentHash(before));
    }

    @Test
    void a_stage_version_is_its_code_version_and_the_hash_of_its_data() {
        String stances = StageVersions.withData("3", StageVersions.STANCES);

        assertThat(stances).matches("3\\+[0-9a-f]{8}");
        assertThat(StageVersions.withData("4", StageVersions.STANCES)).isNotEqualTo(stances);
        assertThat(StageVersions.withData("3", StageVersions.QUOTES)).isNotEqualTo(stances);
    }

    @Test
    void another_issue_set_changes_only_the_issues_entry() {
        String one = StageVersions.extraction("1", "1", "3", List.of(NATO));
        String two = StageVersions.extraction("1", "1", "3", List.of(NATO, CEASEFIRE));
        String stored = "corenlp=4.5.10;" + one;

        assertThat(two).isNotEqualTo(one);
        assertThat(StageVersions.current(stored, one, true)).isTrue();
        assertThat(StageVersions.current(stored, two, true)).isFalse();
        assertThat(StageVersions.current(stored, two, false)).as("issues not compared").isTrue();
        assertThat(StageVersions.sameIssues(stored, two)).isFalse();
    }

    @Test
    void renaming_an_issue_or_reordering_the_set_reads_no_stance_differently() {
        Issue renamed = new Issue("nato", "Ukraine in NATO", NATO.terms());

        assertThat(StageVersions.extraction("1", "1", "3", List.of(renamed, CEASEFIRE)))
                .isEqualTo(StageVersions.extraction("1", "1", "3", List.of(CEASEFIRE, NATO)));
    }

    @Test
    void a_version_stored_before_data_hashes_is_stale_and_keeps_its_annotator() {
        String old = "corenlp=4.5.10 (tokenize,ssplit);entities=1;quotes=1;stances=3";
        String running = StageVersions.extraction("1", "1", "3", List.of(NATO));

        assertThat(StageVersions.current(old, running, false)).isFalse();
        assertThat(StageVersions.annotatorPart(old)).isEqualTo("corenlp=4.5.10 (tokenize,ssplit)");
        assertThat(StageVersions.annotatorPart("corenlp=4;" + running)).isEqualTo("corenlp=4");
    }

    @Test
    void every_data_file_of_the_module_belongs_to_a_stage_or_is_named_as_read_by_none() throws IOException {
        Path resources = Path.of("src/main/resources");
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(resources)) {
            walk.filter(Files::isRegularFile).forEach(p -> files.add("/" + resources.relativize(p).toString().replace('\\', '/')));
        }
        List<String> claimed = Stream.of(StageVersions.ENTITIES, StageVersions.DATES, StageVersions.QUOTES,
                StageVersions.STANCES, StageVersions.EVENTS, NOT_PER_ARTICLE).flatMap(List::stream).toList();

        assertThat(claimed).as("a data file a stage loads must be in its list in StageVersions").containsAll(files);
        assertThat(files).as("every listed file exists").containsAll(claimed);
    }

    private static Map<String, byte[]> lexicon(String content) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("/org/parley/extract/stance/cues.tsv", content.getBytes(StandardCharsets.UTF_8));
        files.put("/org/parley/extract/stance/holders.tsv", "Kremlin\tRussia\n".getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
