package org.parley.cli;

import picocli.CommandLine;

/** Entry point of the {@code parley} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new ParleyCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // Errors the user can act on (bad --db, unreadable issues file) are one line; bugs keep their trace.
            if (ex instanceof UserException) {
                cmd.getErr().println("parley: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cli.execute(args);
    }
}
