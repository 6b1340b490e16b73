package org.parley.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import org.parley.server.csv.CsvTable;
import picocli.CommandLine.Option;

/**
 * How a listing is printed: {@code --format table|csv|jsonl}, with {@code --json} kept as the short form of
 * {@code --format jsonl}. CSV and JSON Lines have one row per item, so a CSV has as many rows as the JSON has lines.
 */
public final class ListingFormat {
    /** table: for reading; csv: RFC 4180 with a header line; jsonl: one JSON object per line. */
    public enum Format { TABLE, CSV, JSONL }

    /** The values shell completion offers for {@code --format}, in the lower case the README uses. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Format.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }

    @Option(names = "--format", paramLabel = "table|csv|jsonl", completionCandidates = Names.class,
            description = "table (default), csv (RFC 4180, a header line, the columns the README lists) or jsonl (one JSON object per line).")
    Format format;

    @Option(names = "--json", description = "The same as --format jsonl.")
    boolean json;

    Format format() {
        if (json && format != null && format != Format.JSONL) {
            throw new UserException("--json means --format jsonl, but --format " + format.name().toLowerCase(Locale.ROOT)
                    + " was given too; give one of them");
        }
        if (json) return Format.JSONL;
        return format == null ? Format.TABLE : format;
    }

    /** True when rows go out as text for people (print them), false when they go to {@link #rows}. */
    boolean table() {
        return format() == Format.TABLE;
    }

    /** Where the rows of a csv or jsonl listing go; a CSV starts with its header at once, so even no rows has one. */
    Rows rows(PrintWriter out, CsvTable columns) {
        return new Rows(out, format() == Format.CSV ? columns.writer(out) : null);
    }

    /** The rows of one listing, as CSV or as JSON Lines. */
    static final class Rows implements AutoCloseable {
        private final PrintWriter out;
        private final CsvTable.Writer csv;

        private Rows(PrintWriter out, CsvTable.Writer csv) {
            this.out = out;
            this.csv = csv;
        }

        void add(ObjectNode row) {
            if (csv != null) csv.row(row);
            else Json.line(out, row);
        }

        /** Flushes what is written; the output stays open (it is the command's standard output). */
        @Override
        public void close() {
            if (csv != null) csv.flush();
            out.flush();
        }
    }
}
