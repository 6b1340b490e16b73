package org.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium driven through chromedriver's W3C WebDriver HTTP protocol with java.net.http: enough of
 * WebDriver for our browser tests (navigate, find, click, read text, run a script, screenshot) without
 * Selenium's dependency tree.
 */
final class Chrome implements AutoCloseable {
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process driver;
    private final String base;
    private final Path profile;

    private Chrome(Process driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** Finds chromium and chromedriver; skips the test when they are missing, and fails under CI=true. */
    static Path[] binaries() {
        Optional<Path> chromium = onPath("chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = onPath("chromedriver");
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String message = "browser test needs chromium and chromedriver on the PATH (apt-get install chromium chromium-driver); "
                    + "found chromium=" + chromium.map(Path::toString).orElse("none") + ", chromedriver="
                    + chromedriver.map(Path::toString).orElse("none");
            if ("true".equalsIgnoreCase(System.getenv("CI"))) throw new AssertionError(message);
            Assumptions.abort(message);
        }
        return new Path[] {chromium.get(), chromedriver.get()};
    }

    private static Optional<Path> onPath(String... names) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("") + ":/usr/bin:/usr/local/bin";
        for (String name : names) {
            for (String dir : path.split(":")) {
                if (dir.isEmpty()) continue;
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static Chrome start(int width, int height) throws IOException, InterruptedException {
        Path[] bin = binaries();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process driver = new ProcessBuilder(bin[1].toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String url = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                if (send("GET", url + "/status", null).path("value").path("ready").asBoolean()) break;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    driver.destroyForcibly();
                    throw new IOException("chromedriver did not start on port " + port, e);
                }
            }
            Thread.sleep(100);
        }
        Path profile = Files.createTempDirectory("parley-chrome-");
        ObjectNode caps = Http.JSON.createObjectNode();
        ObjectNode always = caps.putObject("capabilities").putObject("alwaysMatch");
        always.put("browserName", "chrome");
        ObjectNode options = always.putObject("goog:chromeOptions");
        options.put("binary", bin[0].toString());
        ArrayNode args = options.putArray("args");
        for (String a : List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height)) {
            args.add(a);
        }
        always.putObject("goog:loggingPrefs").put("browser", "ALL");
        JsonNode session;
        try {
            session = send("POST", url + "/session", caps);
        } catch (IOException e) {
            driver.destroyForcibly();
            throw e;
        }
        String id = session.path("value").path("sessionId").asText();
        if (id.isEmpty()) {
            driver.destroyForcibly();
            throw new IOException("chromedriver gave no session: " + session);
        }
        Chrome chrome = new Chrome(driver, url + "/session/" + id, profile);
        chrome.size(width, height);
        return chrome;
    }

    void size(int width, int height) throws IOException {
        ObjectNode rect = Http.JSON.createObjectNode().put("width", width).put("height", height);
        call("POST", "/window/rect", rect);
    }

    void open(String url) throws IOException {
        call("POST", "/url", Http.JSON.createObjectNode().put("url", url));
    }

    /** Runs {@code script} (a function body; arguments in {@code arguments}) and returns its value. */
    JsonNode run(String script, Object... args) throws IOException {
        ObjectNode body = Http.JSON.createObjectNode().put("script", script);
        ArrayNode a = body.putArray("args");
        for (Object o : args) a.add(Http.JSON.valueToTree(o));
        return call("POST", "/execute/sync", body);
    }

    /** Waits until {@code condition} (a JS expression) is true. */
    void waitUntil(String condition, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!run("return !!(" + condition + ");").asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + condition + " on "
                        + run("return location.href + ' : ' + document.body.innerText.slice(0, 500);").asText());
            }
            Thread.sleep(50);
        }
    }

    /** Waits for the page router to finish rendering the current page. */
    void waitForPage() throws IOException, InterruptedException {
        waitUntil("document.getElementById('view') && document.getElementById('view').dataset.state === 'ready'",
                Duration.ofSeconds(15));
    }

    String find(String css) throws IOException {
        JsonNode v = call("POST", "/element", Http.JSON.createObjectNode().put("using", "css selector").put("value", css));
        String id = v.path(ELEMENT).asText();
        if (id.isEmpty()) throw new IOException("no element id for '" + css + "' in " + v);
        return id;
    }

    void click(String css) throws IOException {
        call("POST", "/element/" + find(css) + "/click", Http.JSON.createObjectNode());
    }

    String text(String css) throws IOException {
        return call("GET", "/element/" + find(css) + "/text", null).asText();
    }

    /** The text of an open alert, confirm or prompt dialog, if any. */
    Optional<String> dialog() throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/alert/text")).GET().build();
        HttpResponse<String> response = CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200
                ? Optional.of(Http.JSON.readTree(response.body()).path("value").asText()) : Optional.empty();
    }

    /** Console messages the browser logged since the last call (chromedriver's log endpoint). */
    List<String> consoleLog() throws IOException {
        List<String> out = new ArrayList<>();
        JsonNode v = call("POST", "/se/log", Http.JSON.createObjectNode().put("type", "browser"));
        v.forEach(e -> out.add(e.path("level").asText() + " " + e.path("message").asText()));
        return out;
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(call("GET", "/screenshot", null).asText()));
    }

    private JsonNode call(String method, String path, JsonNode body) throws IOException {
        JsonNode r = send(method, base + path, body);
        JsonNode value = r.path("value");
        if (value.isObject() && value.has("error")) {
            throw new IOException("WebDriver " + method + " " + path + ": " + value.path("error").asText() + ": "
                    + value.path("message").asText());
        }
        return value;
    }

    private static JsonNode send(String method, String url, JsonNode body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (body == null) b.method(method, HttpRequest.BodyPublishers.noBody());
        else b.method(method, HttpRequest.BodyPublishers.ofString(body.toString())).header("Content-Type", "application/json");
        try {
            return Http.JSON.readTree(CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString()).body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            send("DELETE", base, null);
        } finally {
            driver.destroy();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
