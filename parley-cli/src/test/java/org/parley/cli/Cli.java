package org.parley.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs parley commands in-process against one store, capturing what they print. */
final class Cli {
    record Result(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().filter(l -> !l.isBlank()).toList();
        }

        /** The records of a CSV answer, by header name; fails when the output is not RFC 4180 CSV. */
        List<org.apache.commons.csv.CSVRecord> csv() {
            try {
                return org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                        .parse(new java.io.StringReader(out)).getRecords();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private final Path store;

    Cli(Path store) {
        this.store = store;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--store");
        all.add(store.toString());
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }

    /** Runs a command that takes no store (issues list, eval …). */
    static Result withoutStore(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** The repository root (where examples/ lives), from the module folder tests run in. */
    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !dir.resolve("examples").toFile().isDirectory()) dir = dir.getParent();
        if (dir == null) throw new AssertionError("no examples/ folder above " + Path.of("").toAbsolutePath());
        return dir;
    }
}
