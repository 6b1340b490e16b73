package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.parley.server.csv.CsvTable;

class CsvApiTest extends StoryServer {
    /** Every listing, with a query that gives it rows in the hand-made story. */
    private static final Map<String, String> LISTINGS = Map.ofEntries(
            Map.entry("/api/articles", ""), Map.entry("/api/entities", ""), Map.entry("/api/quotes", ""),
            Map.entry("/api/stances", ""), Map.entry("/api/stances/matrix", ""), Map.entry("/api/shifts", ""),
            Map.entry("/api/issues", ""), Map.entry("/api/timeline", ""), Map.entry("/api/search", "q=sanctions"),
            Map.entry("/api/stories", ""), Map.entry("/api/claims", ""), Map.entry("/api/conflicts", ""),
            Map.entry("/api/issues/{id}/map", ""), Map.entry("/api/issues/{id}/map/lanes", ""),
            Map.entry("/api/issues/{id}/map/overlaps", ""), Map.entry("/api/changes", "since=2025-01-01"),
            Map.entry("/api/corrections", ""));

    private static CSVParser parse(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void every_listing_has_a_csv_form_with_one_row_per_json_item_in_its_documented_columns() throws Exception {
        Map<String, CsvTable> columns = server.csvColumns();
        assertThat(columns.keySet()).isEqualTo(LISTINGS.keySet());
        for (var e : LISTINGS.entrySet()) {
            String path = e.getKey().replace("{id}", "ceasefire") + "?" + e.getValue();
            JsonNode items = http.get(path).json().path("items");
            Http.Response csv = http.get(path + (e.getValue().isEmpty() ? "" : "&") + "format=csv");

            assertThat(csv.status()).as(path).isEqualTo(200);
            assertThat(csv.header("Content-Type")).as(path).startsWith("text/csv");
            try (CSVParser parser = parse(csv.body())) {
                assertThat(parser.getHeaderNames()).as(path).isEqualTo(columns.get(e.getKey()).header());
                assertThat(parser.getRecords()).as(path).hasSize(items.size());
            }
        }
    }

    @Test
    void the_listings_with_nested_evidence_have_rows_in_the_story_so_their_csv_is_not_only_a_header() {
        for (String path : List.of("/api/stances/matrix", "/api/shifts", "/api/quotes", "/api/stances", "/api/timeline")) {
            assertThat(http.get(path).json().path("items").size()).as(path).isPositive();
        }
    }

    @Test
    void a_quote_row_carries_its_offsets_into_the_article_text() throws Exception {
        List<CSVRecord> rows = parse(http.get("/api/quotes?format=csv").body()).getRecords();

        assertThat(rows).isNotEmpty();
        for (CSVRecord row : rows) {
            String text = http.get("/api/articles/" + row.get("article_id")).json().path("text").asText();
            assertThat(text.substring(Integer.parseInt(row.get("start")), Integer.parseInt(row.get("end")))).isEqualTo(row.get("text"));
        }
    }

    @Test
    void accept_text_csv_asks_for_csv_and_the_cursor_travels_in_a_header() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "/api/articles?limit=2"))
                .header("Accept", "text/csv").GET().build();
        Http.Response r = Http.send(request);

        assertThat(r.header("Content-Type")).startsWith("text/csv");
        assertThat(r.body().lines().count()).isEqualTo(3);
        String cursor = r.header("X-Next-Cursor");
        assertThat(cursor).isEqualTo(http.get("/api/articles?limit=2").json().path("next_cursor").asText());
    }

    @Test
    void an_unknown_format_is_refused_with_400() {
        Http.Response r = http.get("/api/quotes?format=xlsx");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("message").asText()).contains("format 'xlsx' is not json or csv");
    }

    @Test
    void the_openapi_document_gives_each_listing_its_csv_header() {
        JsonNode doc = http.get("/openapi.json").json();
        server.csvColumns().forEach((path, table) -> {
            JsonNode csv = doc.path("paths").path(path).path("get").path("responses").path("200").path("content").path("text/csv");
            assertThat(csv.path("example").asText()).as(path).isEqualTo(String.join(",", table.header()) + "\r\n");
        });
    }
}
