package org.parley.extract.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The scores of one evaluation: precision, recall and F1 of content spans and of content plus speaker, on
 * quotation-mark quotes and on all attributions, with every miss listed.
 */
public record EvalReport(int articles, Tally quotes, Tally all, List<Miss> misses) {
    public EvalReport {
        misses = List.copyOf(misses);
    }

    /** Counts for one scope; mutable only while {@link QuoteEval} scores. */
    public static final class Tally {
        int gold;
        int predicted;
        int matched;
        int speakerRight;

        public int gold() {
            return gold;
        }

        public int predicted() {
            return predicted;
        }

        public int matched() {
            return matched;
        }

        public int speakerRight() {
            return speakerRight;
        }

        public double contentPrecision() {
            return ratio(matched, predicted);
        }

        public double contentRecall() {
            return ratio(matched, gold);
        }

        public double contentF1() {
            return f1(contentPrecision(), contentRecall());
        }

        public double speakerPrecision() {
            return ratio(speakerRight, predicted);
        }

        public double speakerRecall() {
            return ratio(speakerRight, gold);
        }

        public double speakerF1() {
            return f1(speakerPrecision(), speakerRecall());
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One error: {@code kind} is "false negative", "false positive" or "wrong speaker". */
    public record Miss(String article, String scope, String kind, String text, String detail) {
    }

    public void print(PrintStream out) {
        print(out, true);
    }

    public void print(PrintStream out, boolean withMisses) {
        out.printf(Locale.ROOT, "articles: %d%n", articles);
        line(out, "quotes (direct+mixed)", quotes);
        line(out, "all attributions", all);
        if (!withMisses) return;
        for (Miss m : misses) {
            String t = m.text().replaceAll("\\s+", " ");
            out.printf(Locale.ROOT, "%-6s %-14s %s | %s | %s%n", m.scope(), m.kind(), m.article(),
                    t.length() > 140 ? t.substring(0, 140) + "…" : t, m.detail());
        }
    }

    private static void line(PrintStream out, String label, Tally t) {
        out.printf(Locale.ROOT, "%-22s gold %5d  predicted %5d | content P %.3f R %.3f F1 %.3f | +speaker P %.3f R %.3f F1 %.3f%n",
                label, t.gold(), t.predicted(), t.contentPrecision(), t.contentRecall(), t.contentF1(),
                t.speakerPrecision(), t.speakerRecall(), t.speakerF1());
    }
}
