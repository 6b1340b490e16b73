package org.parley.extract.stance;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * A sentence cut into the stretches a stance cue can reach: a cue in "while X, Y" or ", which Z," speaks about X or
 * Z, not about an issue in Y. Cut before "but", "however", "yet" and after ";" ":" and dashes; "while", "although",
 * "though", "whereas" and ", which" open a subordinate stretch that the next comma closes; ", … instead" and
 * ", … rather" start a new stretch at the comma.
 */
final class Clauses {
    private static final Set<String> HARD = Set.of(";", ":", "—", "–", "--");
    private static final Set<String> CONTRAST = Set.of("but", "however", "yet");
    /** ", focusing instead on", ", turning rather to": what follows replaces what came before. */
    private static final Set<String> REPLACING = Set.of("instead", "rather");
    private static final Set<String> SUBORDINATE = Set.of("while", "although", "though", "whereas");

    private final int first;
    private final int[] segment;
    private final boolean[] subordinate;
    private final int[] segmentEnd;
    private final int[] segmentStart;
    private final boolean[] replacing;

    private Clauses(int first, int[] segment, boolean[] subordinate, boolean[] replacing, int[] segmentStart, int[] segmentEnd) {
        this.first = first;
        this.segment = segment;
        this.subordinate = subordinate;
        this.replacing = replacing;
        this.segmentStart = segmentStart;
        this.segmentEnd = segmentEnd;
    }

    static Clauses of(List<Token> tokens, Sentence s) {
        int n = s.tokenCount();
        int[] seg = new int[n];
        boolean[] sub = new boolean[n + 1];
        boolean[] replacing = new boolean[n + 1];
        int current = 0;
        boolean inSub = false;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(s.firstToken() + i);
            String w = t.word().toLowerCase(Locale.ROOT);
            boolean next = i > 0 && tokens.get(s.firstToken() + i - 1).word().equals(",");
            if (i > 0 && HARD.contains(tokens.get(s.firstToken() + i - 1).word())) {
                current++;
                inSub = false;
            } else if (CONTRAST.contains(w) && i > 0) {
                current++;
                inSub = false;
            } else if (REPLACING.contains(w) && i > 0) {
                // "dismissed the peace talks, focusing instead on aid": the stretch from the comma is the other side.
                int comma = -1;
                for (int j = i - 1; j >= Math.max(1, i - 3); j--) {
                    if (tokens.get(s.firstToken() + j).word().equals(",")) {
                        comma = j;
                        break;
                    }
                }
                if (comma > 0) {
                    current++;
                    inSub = false;
                    replacing[current] = true;
                    for (int j = comma + 1; j < i; j++) seg[j] = current;
                }
            } else if (SUBORDINATE.contains(w) || (w.equals("which") && next)) {
                current++;
                inSub = true;
                sub[current] = true;
            } else if (inSub && next) {
                current++;
                inSub = false;
            }
            seg[i] = current;
        }
        int[] start = new int[current + 1];
        int[] end = new int[current + 1];
        for (int i = n - 1; i >= 0; i--) start[seg[i]] = s.firstToken() + i;
        for (int i = 0; i < n; i++) end[seg[i]] = s.firstToken() + i + 1;
        return new Clauses(s.firstToken(), seg, java.util.Arrays.copyOf(sub, current + 1),
                java.util.Arrays.copyOf(replacing, current + 1), start, end);
    }

    int segmentOf(int token) {
        return segment[token - first];
    }

    boolean subordinate(int segment) {
        return subordinate[segment];
    }

    /** Whether the stretch replaces what came before (", focusing instead on"): cues before it don't reach it. */
    boolean replacing(int segment) {
        return replacing[segment];
    }

    int start(int segment) {
        return segmentStart[segment];
    }

    int end(int segment) {
        return segmentEnd[segment];
    }
}
