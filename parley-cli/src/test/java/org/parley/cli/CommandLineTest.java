package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineTest {
    private static List<CommandLine> all(CommandLine root) {
        List<CommandLine> out = new ArrayList<>(List.of(root));
        for (CommandLine sub : root.getSubcommands().values()) out.addAll(all(sub));
        return out;
    }

    @Test
    void every_command_builds_and_has_help() {
        CommandLine root = new CommandLine(new ParleyCommand());

        List<CommandLine> commands = all(root);

        assertThat(commands).extracting(CommandLine::getCommandName)
                .contains("ingest", "articles", "show", "entities", "quotes", "stances", "shifts", "timeline", "export", "eval", "bench");
        for (CommandLine c : commands) {
            assertThat(c.getCommandSpec().mixinStandardHelpOptions()).as(c.getCommandName() + " has --help").isTrue();
            assertThat(c.getUsageMessage()).as(c.getCommandName()).contains("Usage:");
        }
    }

    @Test
    void a_missing_issues_file_is_a_one_line_error_with_status_2() {
        StringWriter err = new StringWriter();

        int exit = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "issues", "list", "--issues", "/no/such/issues.json");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("parley: issues file /no/such/issues.json does not exist");
    }

    @Test
    void an_unknown_option_names_itself() {
        StringWriter err = new StringWriter();

        int exit = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "quotes", "--speakr", "Rutte");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--speakr");
    }

    @Test
    void every_listing_takes_format_and_json() {
        CommandLine root = new CommandLine(new ParleyCommand());
        List<String> listings = List.of("articles", "entities", "quotes", "stances", "shifts", "map", "changes", "timeline", "search",
                "stories", "claims", "conflicts", "dupes", "issues list", "review list");

        List<String> seen = new ArrayList<>();
        for (CommandLine c : all(root)) {
            String name = c.getCommandSpec().qualifiedName().replaceFirst("^parley ?", "");
            if (!listings.contains(name)) continue;
            seen.add(name);
            assertThat(c.getCommandSpec().findOption("--format")).as(name).isNotNull();
            assertThat(c.getCommandSpec().findOption("--json")).as(name).isNotNull();
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(listings);
    }

    @Test
    void a_map_dated_before_its_window_is_a_one_line_error_naming_both_dates(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        StringWriter err = new StringWriter();

        int exit = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "map", "--issue", "x",
                "--from", "2022-03-01", "--at", "2022-02-01", "--store", dir.resolve("none").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip()).contains("the map's date 2022-02-01 is before the window's start 2022-03-01").doesNotContain("\n\tat ");
    }

    @Test
    void json_and_a_different_format_together_are_refused() {
        StringWriter err = new StringWriter();

        int exit = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "issues", "list", "--json", "--format", "csv");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--json means --format jsonl, but --format csv was given too");
    }

    @Test
    void issues_list_as_csv_has_a_header_and_one_row_per_issue() {
        StringWriter out = new StringWriter();
        StringWriter json = new StringWriter();

        Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter()), "issues", "list", "--format", "csv");
        Main.run(new PrintWriter(json, true), new PrintWriter(new StringWriter()), "issues", "list", "--json");

        assertThat(out.toString()).startsWith("id,name,terms\r\n");
        assertThat(out.toString().split("\r\n")).hasSize(json.toString().strip().split("\n").length + 1);
    }

    @Test
    void a_read_command_on_a_store_that_does_not_exist_names_the_path_and_creates_nothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        StringWriter err = new StringWriter();
        java.nio.file.Path typo = dir.resolve("parley-dat/parley");

        int exit = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "quotes", "--store", typo.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no store at " + typo.toAbsolutePath() + ".mv.db");
        assertThat(dir.resolve("parley-dat")).doesNotExist();
    }

    @Test
    void version_is_the_build_version_the_api_reports_too() {
        StringWriter out = new StringWriter();

        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter()), "--version");

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("parley " + org.parley.model.ParleyVersion.get() + System.lineSeparator());
    }

    @Test
    void generate_completion_prints_a_bash_script_that_completes_subcommands_and_options() {
        StringWriter out = new StringWriter();

        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter()), "generate-completion");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("complete -F _complete_parley").contains("quotes").contains("--speaker")
                .contains("--format").contains("(\"table\" \"csv\" \"jsonl\")");
    }

    @Test
    void a_max_file_size_of_zero_is_a_one_line_error_not_a_stack_trace() {
        StringWriter err = new StringWriter();

        int exit = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "ingest", "/no/such/file.txt", "--max-file-size", "0");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("parley: --max-file-size is 0 MB; give a size from 1 to 2047 (MB)");
    }
}
