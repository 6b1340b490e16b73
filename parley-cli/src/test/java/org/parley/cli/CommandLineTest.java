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
    void a_max_file_size_of_zero_is_a_one_line_error_not_a_stack_trace() {
        StringWriter err = new StringWriter();

        int exit = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "ingest", "/no/such/file.txt", "--max-file-size", "0");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("parley: --max-file-size is 0 MB; give a size from 1 to 2047 (MB)");
    }
}
