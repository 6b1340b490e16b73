package org.parley.cli;

import picocli.CommandLine.Command;

/** {@code parley}: the top-level command; each capability is a subcommand. */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Who said what in the news, who stands where, and how that changed.",
        subcommands = {
                IngestCommand.class,
                ReanalyzeCommand.class,
                ArticlesCommand.class,
                ShowCommand.class,
                EntitiesCommand.class,
                QuotesCommand.class,
                StancesCommand.class,
                ShiftsCommand.class,
                MapCommand.class,
                ChangesCommand.class,
                TimelineCommand.class,
                SearchCommand.class,
                ExportCommand.class,
                ReviewCommand.class,
                EvalCommand.class,
                IssuesCommand.class,
                BenchCommand.class,
                DupesCommand.class,
                StoriesCommand.class,
                ClaimsCommand.class,
                ConflictsCommand.class,
                ServeCommand.class,
                WatchCommand.class,
                // Prints a bash/zsh completion script: source <(parley generate-completion)
                picocli.AutoComplete.GenerateCompletion.class,
        })
public final class ParleyCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
