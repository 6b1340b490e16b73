package org.parley.server.csv;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV form of a listing: one RFC 4180 row per JSON object of the listing, in fixed, named columns, each read
 * from the object by a JSON pointer. So a CSV has exactly the rows of the JSON it comes from, and a column keeps its
 * name and meaning when the JSON gains a field. A cell is empty for a missing or null value, the text of a scalar, the
 * items of a list of scalars joined by {@code "; "}, and the JSON text of anything else.
 *
 * <p>Example: {@code CsvTable.of("speaker", "/speaker/name", "start", "/start")} turns
 * {@code {"start": 4, "speaker": {"name": "Mark Rutte"}}} into the row {@code Mark Rutte,4} under the header
 * {@code speaker,start}.
 */
public final class CsvTable {
    /** RFC 4180: comma, double quotes doubled inside quoted cells, CRLF after every record. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    /** One column: its header and where its value is in a row's JSON. */
    public record Column(String name, JsonPointer pointer) {
        public Column {
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(pointer, "pointer is null");
            if (name.isBlank()) throw new IllegalArgumentException("a column needs a name (pointer " + pointer + ")");
        }
    }

    private final List<Column> columns;

    public CsvTable(List<Column> columns) {
        if (columns.isEmpty()) throw new IllegalArgumentException("a CSV table needs at least one column");
        this.columns = List.copyOf(columns);
    }

    /** Columns given as pairs: name, pointer, name, pointer … */
    public static CsvTable of(String... namesAndPointers) {
        if (namesAndPointers.length % 2 != 0) {
            throw new IllegalArgumentException("columns come in name/pointer pairs, got " + namesAndPointers.length + " strings");
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < namesAndPointers.length; i += 2) {
            columns.add(new Column(namesAndPointers[i], JsonPointer.compile(namesAndPointers[i + 1])));
        }
        return new CsvTable(columns);
    }

    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** The cells of one row, in column order. */
    public List<String> cells(JsonNode row) {
        List<String> cells = new ArrayList<>(columns.size());
        for (Column c : columns) cells.add(cell(row.at(c.pointer())));
        return cells;
    }

    static String cell(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) return "";
        if (value.isValueNode()) return value.asText();
        if (value.isArray() && allScalars(value)) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText()));
            return String.join("; ", items);
        }
        return value.toString();
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode v : array) {
            if (!v.isValueNode()) return false;
        }
        return true;
    }

    /** Starts a CSV on {@code out} and writes the header; write rows with {@link Writer#row}. */
    public Writer writer(Appendable out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(header());
            return new Writer(printer);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a CSV header", e);
        }
    }

    /** Writes the rows of one CSV; flush it (or close it, which also closes the output) when done. */
    public final class Writer implements AutoCloseable {
        private final CSVPrinter printer;

        private Writer(CSVPrinter printer) {
            this.printer = printer;
        }

        public void row(JsonNode row) {
            try {
                printer.printRecord(cells(row));
            } catch (IOException e) {
                throw new UncheckedIOException("could not write a CSV row", e);
            }
        }

        public void flush() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("could not write CSV", e);
            }
        }

        @Override
        public void close() {
            try {
                printer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("could not write CSV", e);
            }
        }
    }
}
