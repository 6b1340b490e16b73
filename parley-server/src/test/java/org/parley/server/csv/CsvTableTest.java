package org.parley.server.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTableTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CsvTable table = CsvTable.of("speaker", "/speaker/name", "start", "/start", "text", "/text",
            "aliases", "/aliases", "first_source", "/sources/0/article");

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @Test
    void cells_are_read_by_pointer_and_missing_or_null_values_are_empty() throws Exception {
        List<String> cells = table.cells(json("{\"start\": 4, \"speaker\": null, \"text\": \"We will\"}"));

        assertThat(cells).containsExactly("", "4", "We will", "", "");
    }

    @Test
    void a_list_of_scalars_is_joined_and_anything_else_is_its_json() throws Exception {
        List<String> cells = table.cells(json(
                "{\"aliases\": [\"Rutte\", \"Mark Rutte\"], \"sources\": [{\"article\": {\"id\": \"a1\"}}], \"text\": [{\"x\": 1}]}"));

        assertThat(cells).containsExactly("", "", "[{\"x\":1}]", "Rutte; Mark Rutte", "{\"id\":\"a1\"}");
    }

    @Test
    void quotes_commas_and_line_breaks_survive_a_round_trip_as_rfc_4180() throws Exception {
        StringWriter out = new StringWriter();
        try (CsvTable.Writer w = table.writer(out)) {
            w.row(json("{\"speaker\": {\"name\": \"Rutte, Mark\"}, \"start\": 1, \"text\": \"He said \\\"no\\\",\\nthen left\"}"));
            w.row(json("{\"start\": 2}"));
        }

        assertThat(out.toString()).startsWith("speaker,start,text,aliases,first_source\r\n")
                .contains("\"He said \"\"no\"\",\nthen left\"");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("speaker")).isEqualTo("Rutte, Mark");
        assertThat(records.get(0).get("text")).isEqualTo("He said \"no\",\nthen left");
        assertThat(records.get(1).get("start")).isEqualTo("2");
    }

    @Test
    void columns_come_in_name_and_pointer_pairs() {
        assertThatThrownBy(() -> CsvTable.of("speaker")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pairs");
    }
}
