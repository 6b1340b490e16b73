package org.parley.extract.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Issue;

class IssueCatalogTest {
    @Test
    void reads_issues_and_ignores_extra_fields() {
        IssueCatalog c = IssueCatalog.parse("issues.json", """
                {"version": 2, "issues": [{"id": "ukraine-nato-membership", "name": "Ukraine's NATO membership",
                  "terms": ["NATO membership", "join NATO"], "colour": "blue"}]}""");

        assertThat(c.issues()).containsExactly(new Issue("ukraine-nato-membership", "Ukraine's NATO membership",
                List.of("NATO membership", "join NATO")));
    }

    @Test
    void an_issue_may_name_its_opposite_and_whom_it_is_for() {
        IssueCatalog c = IssueCatalog.parse("issues.json", """
                {"issues": [{"id": "concessions", "terms": ["territorial concessions"], "against": ["territorial integrity"],
                  "for": ["Ukraine", "Kyiv"]}]}""");

        Issue i = c.issues().get(0);
        assertThat(i.against()).containsExactly("territorial integrity");
        assertThat(i.targets()).containsExactly("Ukraine", "Kyiv");
        assertThatThrownBy(() -> IssueCatalog.parse("f.json", """
                {"issues": [{"id": "a", "terms": ["x"], "for": "Ukraine"}]}"""))
                .hasMessageContaining("f.json").hasMessageContaining("\"for\" must be an array");
    }

    @Test
    void an_entry_without_terms_is_named_in_the_error() {
        assertThatThrownBy(() -> IssueCatalog.parse("my-issues.json", """
                {"issues": [{"id": "a", "terms": ["x"]}, {"id": "sanctions", "name": "Sanctions"}]}"""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("my-issues.json")
                .hasMessageContaining("issue #2 ('sanctions')")
                .hasMessageContaining("\"terms\"");
    }

    @Test
    void broken_json_says_where() {
        assertThatThrownBy(() -> IssueCatalog.parse("f.json", "{\"issues\": [\n{\"id\": }]}"))
                .hasMessageContaining("f.json is not valid JSON at line 2");
    }

    @Test
    void duplicate_ids_are_refused() {
        assertThatThrownBy(() -> IssueCatalog.parse("f.json", "{\"issues\": [{\"id\": \"a\", \"terms\": [\"x\"]}, {\"id\": \"a\", \"terms\": [\"y\"]}]}"))
                .hasMessageContaining("'a' appears twice");
    }

    @Test
    void a_missing_file_says_what_to_pass(@TempDir Path dir) {
        assertThatThrownBy(() -> IssueCatalog.load(dir.resolve("nope.json"))).hasMessageContaining("nope.json does not exist");
    }

    @Test
    void the_bundled_defaults_and_the_ukraine_example_load(@TempDir Path dir) throws Exception {
        assertThat(IssueCatalog.bundled().issues()).extracting(Issue::id).contains("nato-enlargement", "sanctions", "military-aid");
        Path example = Path.of(System.getenv().getOrDefault("PARLEY_SOURCE_ROOT", "..")).resolve("examples/issues-ukraine.json");
        Path copy = Files.copy(example, dir.resolve("issues.json"));
        assertThat(IssueCatalog.load(copy).issues()).extracting(Issue::id)
                .contains("ukraine-nato-membership", "military-aid-ukraine", "ukraine-regaining-territory");
    }
}
