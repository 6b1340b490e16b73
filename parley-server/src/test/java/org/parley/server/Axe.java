package org.parley.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core (npm {@code axe-core}) injected into the page under test, run on the WCAG 2.0/2.1 A and AA rules. Found at
 * {@code $PARLEY_AXE}, or under {@code node_modules/axe-core/} in or above the module folder; .ci/run installs it.
 */
final class Axe {
    private Axe() {
    }

    static String source() throws IOException {
        Path file = find();
        boolean ci = "true".equals(System.getenv("CI"));
        if (file == null && ci) {
            throw new AssertionError("axe-core is missing: set PARLEY_AXE to axe.min.js (.ci/run installs it with npm)");
        }
        assumeTrue(file != null, "axe-core not found (set PARLEY_AXE, or run 'npm install axe-core' in the repository); "
                + "skipping the accessibility check");
        return Files.readString(file);
    }

    private static Path find() {
        String env = System.getenv("PARLEY_AXE");
        if (env != null && !env.isBlank()) return Files.isRegularFile(Path.of(env)) ? Path.of(env) : null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve("node_modules/axe-core/axe.min.js"), dir.resolve(".ci/node/node_modules/axe-core/axe.min.js"))) {
                if (Files.isRegularFile(candidate)) return candidate;
            }
        }
        return null;
    }

    /** The serious and critical violations on the page as it is now: rule id, impact and the elements. */
    static List<String> seriousViolations(Chrome chrome, String axeSource) throws IOException, InterruptedException {
        chrome.run(axeSource + "\nreturn true;");
        chrome.run("window.__axe = undefined;"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => { window.__axe = r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')); },"
                + " e => { window.__axe = ['axe failed: ' + e]; });");
        chrome.waitUntil("window.__axe !== undefined", Duration.ofSeconds(30));
        List<String> out = new ArrayList<>();
        for (JsonNode v : chrome.run("return window.__axe;")) out.add(v.asText());
        return out;
    }
}
