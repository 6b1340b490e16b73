package org.parley.cli;

import picocli.CommandLine;

/** Entry point of the {@code parley} command. */
public final class Main {
    /** Held so the level set below is not lost when the logger is garbage-collected (JUL keeps weak references). */
    private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

    private Main() {
    }

    public static void main(String[] args) {
        // Lucene tells every run, through java.util.logging, that the incubating vector API is not enabled: advice
        // for its own benchmarks, not for Parley's users.
        LUCENE.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(null, null, args);
    }

    /** Runs one command with its output and errors sent to the given writers (standard ones when null). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ParleyCommand());
        if (out != null) cli.setOut(out);
        if (err != null) cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // Errors the user can act on (bad --db, unreadable issues file) are one line; bugs keep their trace.
            if (ex instanceof UserException) {
                cmd.getErr().println("parley: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        try {
            if (java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("").equals("serve")) {
                // serve's options default to the environment and its configuration file: known before parsing
                Settings settings = Settings.load(Settings.configFile(args, System.getenv()), System.getenv());
                CommandLine serve = cli.getSubcommands().get("serve");
                settings.checkKeys(serve.getCommandSpec());
                serve.setDefaultValueProvider(settings);
            }
            return cli.execute(args);
        } catch (UserException e) {
            cli.getErr().println("parley: " + e.getMessage());
            return 2;
        } finally {
            // Whatever a command printed without a line end still reaches the user before System.exit.
            cli.getOut().flush();
            cli.getErr().flush();
        }
    }
}
