package org.parley.extract.stance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the rules that made a stance into the chance that its position is right, from how often statements made by
 * each rule were right on hand-judged data ({@code calibration.tsv}, written by {@code parley eval stances
 * --write-calibration} from the dev split of the gold).
 *
 * <p>Naive Bayes on log-odds: the base rate of right statements, moved by each rule's own rate. A rule's rate is
 * smoothed toward the base rate by {@link #PRIOR} pseudo-statements, so a rule seen three times moves little.
 * Rules the table does not know move nothing. Stateless after loading; one instance serves every thread.
 */
public final class StanceCalibration {
    public static final String RESOURCE = "/org/parley/extract/stance/calibration.tsv";
    /** The key of the table's row that counts all statements. */
    public static final String ALL = "*";
    static final double PRIOR = 6;

    private final double base;
    private final Map<String, Double> shift;

    private StanceCalibration(Map<String, int[]> counts) {
        int[] all = counts.get(ALL);
        if (all == null || all[0] == 0) throw new IllegalArgumentException("the calibration table has no '" + ALL + "' row");
        this.base = (all[1] + 1.0) / (all[0] + 2.0);
        Map<String, Double> m = new HashMap<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (e.getKey().equals(ALL)) continue;
            double rate = (e.getValue()[1] + PRIOR * base) / (e.getValue()[0] + PRIOR);
            m.put(e.getKey(), logit(rate) - logit(base));
        }
        this.shift = Map.copyOf(m);
    }

    /** The table bundled with Parley. */
    public static StanceCalibration bundled() {
        try (InputStream in = StanceCalibration.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the class path");
            return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a table of {@code rule<TAB>statements<TAB>right} lines ('#' starts a comment). */
    public static StanceCalibration parse(String source, String text) {
        Map<String, int[]> counts = new HashMap<>();
        int n = 0;
        for (String line : text.split("\n")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            try {
                int statements = Integer.parseInt(f[1].strip());
                int right = Integer.parseInt(f[2].strip());
                if (right < 0 || right > statements) throw new NumberFormatException("right must be between 0 and statements");
                counts.put(f[0].strip(), new int[] {statements, right});
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + " line " + n + ": expected rule<TAB>statements<TAB>right, found '" + line + "'", e);
            }
        }
        return new StanceCalibration(counts);
    }

    /** The chance that a statement made by these rules has the right position, in [0.05, 0.95]. */
    public double confidence(Collection<String> rules) {
        double x = logit(base);
        for (String r : rules) x += shift.getOrDefault(r, 0.0);
        return Math.max(0.05, Math.min(0.95, 1 / (1 + Math.exp(-x))));
    }

    /** Writes a table from judged statements: each with its rules and whether its position was right. */
    public static String table(List<Map.Entry<List<String>, Boolean>> judged, String comment) {
        Map<String, int[]> counts = new java.util.TreeMap<>();
        for (Map.Entry<List<String>, Boolean> j : judged) {
            for (String r : new java.util.LinkedHashSet<>(j.getKey())) add(counts, r, j.getValue());
            add(counts, ALL, j.getValue());
        }
        StringBuilder b = new StringBuilder();
        for (String line : comment.split("\n")) b.append("# ").append(line).append('\n');
        b.append("# rule\tstatements\tright\n");
        counts.forEach((k, v) -> b.append(String.format(Locale.ROOT, "%s\t%d\t%d%n", k, v[0], v[1])));
        return b.toString();
    }

    private static void add(Map<String, int[]> counts, String rule, boolean right) {
        int[] c = counts.computeIfAbsent(rule, k -> new int[2]);
        c[0]++;
        if (right) c[1]++;
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
