package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.server.ParleyServer;
import org.parley.store.Store;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir
    Path dir;

    private ServeCommand parse(String... args) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void serves_the_api_over_the_store_given_with_the_usual_options() throws Exception {
        ServeCommand command = parse("--store", dir.resolve("db").toString(), "--port", "0");
        assertThat(command.config().host()).isEqualTo("127.0.0.1");
        try (Store store = command.storeOptions.openOrCreate(); ParleyServer server = command.start(store)) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> overview = client.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/overview")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(overview.statusCode()).isEqualTo(200);
            assertThat(overview.body()).contains("\"articles\":0");
            HttpResponse<String> shifts = client.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/shifts")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(shifts.body()).isEqualTo("{\"items\":[]}");
        }
    }

    @Test
    void binding_beyond_loopback_without_a_token_is_refused() {
        assertThatThrownBy(() -> parse("--host", "0.0.0.0").config())
                .isInstanceOf(UserException.class).hasMessageContaining("token");
        assertThat(parse("--host", "0.0.0.0", "--token", "t").config().token()).contains("t");
    }

    @Test
    void a_host_that_does_not_resolve_is_one_line_saying_so_not_port_in_use() {
        Cli.Result r = new Cli(dir.resolve("db")).run("serve", "--host", "no-such-host.invalid", "--port", "0", "--token", "t");

        assertThat(r.exit()).isEqualTo(2);
        // besides the warning that --token on the command line is visible to ps
        assertThat(r.err().lines().filter(l -> !l.startsWith("parley: warning:")).toList()).singleElement().asString()
                .contains("cannot listen on 'no-such-host.invalid': no such host name").doesNotContain("Port already in use");
    }

    @Test
    void host_names_given_with_allow_host_are_answered() throws Exception {
        ServeCommand command = parse("--store", dir.resolve("db").toString(), "--port", "0", "--allow-host", "parley.lan");
        assertThat(command.config().hostNames()).containsExactly("parley.lan");
    }
}
