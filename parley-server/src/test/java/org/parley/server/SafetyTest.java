package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.server.api.RouteTable;

class SafetyTest extends StoryServer {
    @Test
    void every_answer_carries_a_csp_without_inline_scripts_and_nosniff() {
        for (String path : new String[] {"/", "/api/articles", "/api/nothing", "/js/app.js", "/openapi.json"}) {
            Http.Response r = http.get(path);
            assertThat(r.header("Content-Security-Policy")).as(path).contains("default-src 'self'").contains("script-src 'self';");
            assertThat(r.header("Content-Security-Policy")).as(path).doesNotContain("unsafe-eval");
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
        assertThat(http.get("/").body()).contains("<script type=\"module\" src=\"/js/app.js\"></script>")
                .doesNotContainPattern("<script>|on(click|load)=");
    }

    @Test
    void the_charting_library_is_served_from_the_webjar() {
        Http.Response r = http.get("/webjars/echarts/5.3.1/dist/echarts.esm.min.js");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).contains("javascript");
    }

    @Test
    void the_openapi_document_describes_every_route_and_parameter() {
        JsonNode doc = http.get("/openapi.json").json();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("info").path("version").asText()).isEqualTo(org.parley.model.ParleyVersion.get());
        Set<String> documented = new HashSet<>();
        doc.path("paths").properties().forEach(p -> p.getValue().properties()
                .forEach(m -> documented.add(m.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey())));
        Set<String> served = new HashSet<>();
        for (RouteTable.Route route : server.routes()) {
            served.add(route.method() + " " + route.path());
            JsonNode op = doc.path("paths").path(route.path()).path(route.method().toLowerCase(Locale.ROOT));
            assertThat(op.isMissingNode()).as(route.method() + " " + route.path()).isFalse();
            Set<String> params = new HashSet<>(op.path("parameters").findValuesAsText("name"));
            for (String q : route.query()) assertThat(params).as(route.path() + " ?" + q).contains(q);
            if (route.path().contains("{id}")) assertThat(params).as(route.path()).contains("id");
        }
        assertThat(documented).isEqualTo(served);
    }

    @Test
    void every_operation_has_a_unique_operation_id_a_declared_tag_and_security() {
        JsonNode doc = http.get("/openapi.json").json();
        Set<String> tags = new HashSet<>(doc.path("tags").findValuesAsText("name"));
        Set<String> ids = new HashSet<>();
        int operations = 0;

        for (var path : doc.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                operations++;
                String where = op.getKey() + " " + path.getKey();
                assertThat(ids.add(op.getValue().path("operationId").asText())).as(where + " operationId").isTrue();
                assertThat(op.getValue().path("operationId").asText()).as(where).isNotBlank();
                assertThat(op.getValue().path("tags")).as(where).isNotEmpty();
                op.getValue().path("tags").forEach(t -> assertThat(tags).as(where).contains(t.asText()));
                assertThat(op.getValue().path("security").isArray()).as(where + " security").isTrue();
            }
        }
        assertThat(operations).isEqualTo(server.routes().size());
        assertThat(doc.path("servers")).isNotEmpty();
        assertThat(doc.path("components").path("securitySchemes").path("bearer").path("scheme").asText()).isEqualTo("bearer");
        assertThat(doc.path("paths").path("/api/articles").path("post").path("security").get(0).has("bearer")).isTrue();
    }

    @Test
    void the_docs_page_renders_the_openapi_document_with_swagger_ui_from_its_webjar() {
        Http.Response page = http.get("/docs");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self';");
        for (String asset : java.util.regex.Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page.body()).results()
                .map(m -> m.group(1)).toList()) {
            assertThat(http.get(asset).status()).as(asset).isEqualTo(200);
        }
        assertThat(page.body()).contains("/webjars/swagger-ui/").contains("/js/docs.js");
        assertThat(http.get("/js/docs.js").body()).contains("url: '/openapi.json'").contains("validatorUrl: null");
    }

    @Test
    void a_hostile_article_comes_back_as_data() {
        JsonNode hostile = null;
        for (JsonNode a : http.get("/api/articles").json().path("items")) {
            if (a.path("outlet").asText().equals("Evil Times")) hostile = a;
        }
        assertThat(hostile).isNotNull();
        assertThat(hostile.path("title").asText()).isEqualTo(Fixtures.HOSTILE_TITLE);
        JsonNode article = http.get("/api/articles/" + hostile.path("id").asText()).json();
        assertThat(article.path("text").asText()).contains("<script>alert(1)</script>").contains(Fixtures.HOSTILE_LINK);
        assertThat(article.path("quotes").get(0).path("text").asText()).contains("javascript:alert(2)");
        Http.Response raw = http.get("/api/articles/" + hostile.path("id").asText());
        assertThat(raw.header("Content-Type")).startsWith("application/json");
    }
}
