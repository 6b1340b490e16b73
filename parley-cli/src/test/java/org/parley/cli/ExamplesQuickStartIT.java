package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, on the example articles in the repository: it needs nothing from ../shared. */
class ExamplesQuickStartIT {
    @TempDir
    static Path dir;
    static Cli cli;
    static Cli.Result first;

    @BeforeAll
    static void ingest() {
        cli = new Cli(dir.resolve("store"));
        Path root = Cli.repoRoot();
        first = cli.run("ingest", root.resolve("examples/articles/ukraine-nato-talks.jsonl").toString(),
                "--issues", root.resolve("examples/issues-ukraine.json").toString());
    }

    @Test
    void the_examples_are_read_and_stored_without_a_problem() {
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("5 article(s) read: 5 stored, 0 unchanged; 0 problem(s)").contains("Volodymyr Zelenskyy");
    }

    @Test
    void the_commands_the_readme_shows_next_answer_from_the_examples() {
        Cli.Result shown = cli.run("show", "president-gov-ua-72885");
        Cli.Result quotes = cli.run("quotes", "--speaker", "Zelenskyy", "--format", "csv");

        assertThat(shown.exit()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("We do not give up the issue of Ukraine's accession to NATO");
        assertThat(quotes.csv()).isNotEmpty().allSatisfy(q -> assertThat(q.get("speaker")).isEqualTo("Volodymyr Zelenskyy"));
        assertThat(cli.run("stances", "--issue", "ukraine-nato-membership", "--json").lines()).isNotEmpty();
    }
}
