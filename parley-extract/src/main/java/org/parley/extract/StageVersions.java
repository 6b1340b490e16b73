package org.parley.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.parley.model.Issue;

/**
 * The version of each extraction stage as stored with an article: its code version, then {@code +} and a short hash
 * of the content of the data files it loads, e.g. {@code stances=3+1f0c9a2b}; the issue set stances are read on
 * has an entry of its own, {@code issues=} and a hash of the issues' ids, terms and exclusions. Editing one cue line
 * or changing the issue set gives another version, so the articles extracted before show as stale in {@code parley articles} and {@code parley reanalyze} extracts them again.
 *
 * <p>The files are named here rather than found, so a new data file must be added to its stage's list; a test checks
 * that every file in the module's resources is claimed by a stage or named as not read per article. Hashes are
 * computed once per JVM.
 */
public final class StageVersions {
    private static final String DIR = "/org/parley/extract/";
    /** Read by the structure reader, which both quote and stance extraction call. */
    static final List<String> STRUCTURE = files("structure/offices.tsv", "structure/turn-labels.txt");
    static final List<String> ENTITIES = files("entity/bodies.txt", "entity/countries.tsv", "entity/first-names.tsv",
            "entity/gazetteer.tsv", "entity/given-names.tsv", "entity/honorifics.txt", "entity/titles.txt");
    static final List<String> DATES = files("time/future-cues.txt", "time/history-cues.txt", "time/role-cues.tsv");
    static final List<String> QUOTES = concat(files("quote/agents.txt", "quote/attitudes.tsv", "quote/cue-nouns.tsv", "quote/cue-subjects.txt",
            "quote/cues.tsv", "quote/evidentials.txt", "quote/occasions.txt"), STRUCTURE);
    static final List<String> STANCES = concat(files("stance/calibration.tsv", "stance/cues.tsv", "stance/holders.tsv",
            "issue/families.tsv", "issue/exclusions.tsv", "issue/skippable.txt"), STRUCTURE);
    static final List<String> EVENTS = files("event/status.tsv", "event/triggers.tsv");

    /** The entry for the issue set stances were read on: a set of its own, since it comes from the user. */
    static final String ISSUES = "issues";

    private static final Map<List<String>, String> DATA_HASHES = new ConcurrentHashMap<>();

    private StageVersions() {
    }

    /**
     * The versions of the extraction stages of the standard analyzer, joined as stored ({@code name=version;...});
     * needs no annotator, so listings can tell stale articles without loading CoreNLP.
     */
    public static String extraction(String entitiesCode, String quotesCode, String stancesCode, List<Issue> issues) {
        return String.join(";", "entities=" + withData(entitiesCode, ENTITIES),
                "dates=" + withData("1", DATES),
                "quotes=" + withData(quotesCode, QUOTES),
                "stances=" + withData(stancesCode, STANCES),
                ISSUES + "=" + hex(sha256(issueText(issues))).substring(0, 8),
                "events=" + withData("1", EVENTS));
    }

    /**
     * Whether an article stored with {@code storedVersion} (the annotator's version, then the extraction stages')
     * was extracted by stages of the versions in {@code extraction}. The annotator's part is not compared: its
     * output is stored and re-analysis reuses it. The issue set is compared only when {@code withIssues}: a listing
     * that was not told which issues the articles were read on cannot say they were read on other ones.
     */
    public static boolean current(String storedVersion, String extraction, boolean withIssues) {
        Map<String, String> stored = parse(storedVersion);
        for (Map.Entry<String, String> stage : parse(extraction).entrySet()) {
            if (!withIssues && stage.getKey().equals(ISSUES)) continue;
            if (!stage.getValue().equals(stored.get(stage.getKey()))) return false;
        }
        return true;
    }

    /** Whether an article stored with {@code storedVersion} had its stances read on the issues of {@code extraction}. */
    public static boolean sameIssues(String storedVersion, String extraction) {
        return Objects.equals(parse(storedVersion).get(ISSUES), parse(extraction).get(ISSUES));
    }

    /**
     * The annotator's part of a stored version (what comes before the extraction stages'): kept when an article is
     * extracted again from its stored annotations, since they are still that annotator's.
     */
    public static String annotatorPart(String storedVersion) {
        int stages = storedVersion.indexOf(";entities=");
        return stages >= 0 ? storedVersion.substring(0, stages) : storedVersion.split(";", 2)[0];
    }

    /** {@code code}, {@code +} and the first 8 hex digits of SHA-256 over the files' names and bytes. */
    static String withData(String code, List<String> resources) {
        return code + "+" + DATA_HASHES.computeIfAbsent(resources, StageVersions::hash);
    }

    private static Map<String, String> parse(String version) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : version.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) out.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return out;
    }

    /** The issues as stance extraction sees them: ids with their terms and exclusions (names are only shown). */
    static String issueText(List<Issue> issues) {
        StringBuilder b = new StringBuilder();
        issues.stream().sorted(Comparator.comparing(Issue::id)).forEach(i ->
                b.append(i.id()).append('\t').append(i.terms()).append('\t').append(i.against()).append('\n'));
        return b.toString();
    }

    private static String hash(List<String> resources) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String resource : resources) {
            try (InputStream in = StageVersions.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("data file " + resource + " is missing from the class path; "
                            + "it ships in parley-extract's resources, so the jar is incomplete or the name is wrong");
                }
                files.put(resource, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read data file " + resource, e);
            }
        }
        return contentHash(files);
    }

    /** The first 8 hex digits of SHA-256 over the files' names and bytes, in the order given. */
    static String contentHash(Map<String, byte[]> files) {
        MessageDigest digest = digest();
        files.forEach((name, bytes) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
            digest.update((byte) 0);
        });
        return hex(digest.digest()).substring(0, 8);
    }

    private static byte[] sha256(String text) {
        return digest().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static List<String> files(String... names) {
        return Stream.of(names).map(n -> DIR + n).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
