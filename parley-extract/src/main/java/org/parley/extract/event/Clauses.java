package org.parley.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The clauses of one sentence, cut from its tokens alone (the annotator gives no parse), so that an event takes
 * the date and the cues of its own clause, not those of another happening told in the same sentence.
 *
 * <p>A clause ends before a semicolon, colon, dash or bracket; before a word that opens a subordinate or relative
 * clause ("which", "that", "when", "if", "because", "why" …; "that" only when it is not a determiner); and before
 * "but", or "and"/"or" after a comma. A relative clause opening right after the event's noun ("the meeting in
 * Paris, which took place on January 26") describes the event, so {@link #of} joins it to the event's clause.
 */
final class Clauses {
    private static final Set<String> PUNCTUATION = Set.of(";", ":", "—", "–", "(", ")", "[", "]", "-LRB-", "-RRB-");
    private static final Set<String> OPENERS = Set.of("which", "who", "whom", "whose", "that", "when", "whenever", "while",
            "where", "because", "although", "though", "whereas", "if", "unless", "why", "how", "whether");
    private static final Set<String> RELATIVES = Set.of("which", "that", "when");
    /** Clauses that give background or conditions rather than news: "when the Minsk agreements were signed". */
    private static final Set<String> ADVERBIAL = Set.of("when", "whenever", "while", "if", "unless", "because", "although",
            "though", "whereas", "whether", "why", "how");
    /** Words the noun phrase of an event may run over before its relative clause: "the meeting in Paris, which". */
    private static final int NOUN_PHRASE_REACH = 8;

    private final List<Token> tokens;
    private final Sentence sentence;
    private final int[] clause;

    private Clauses(List<Token> tokens, Sentence sentence) {
        this.tokens = tokens;
        this.sentence = sentence;
        this.clause = new int[sentence.endToken() - sentence.firstToken()];
        int id = 0;
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            if (i > sentence.firstToken() && opens(i)) id++;
            clause[i - sentence.firstToken()] = id;
        }
    }

    static Clauses of(List<Token> tokens, Sentence sentence) {
        return new Clauses(tokens, sentence);
    }

    /** Token range {@code [start, end)} of the clause holding tokens {@code [from, to)}, with its relative clause. */
    int[] around(int from, int to) {
        int id = id(from);
        int start = from;
        while (start > sentence.firstToken() && id(start - 1) == id) start--;
        int end = to;
        while (end < sentence.endToken() && id(end) == id) end++;
        if (end < sentence.endToken() && end - to <= NOUN_PHRASE_REACH && relative(end) && !verbBetween(to, end)) {
            int next = id(end);
            while (end < sentence.endToken() && id(end) == next) end++;
        }
        return new int[] {start, end};
    }

    /** Whether the clause starting at token {@code start} is an adverbial one ("when …", "if …", "because …"). */
    boolean adverbial(int start) {
        return ADVERBIAL.contains(tokens.get(start).word().toLowerCase(Locale.ROOT));
    }

    /** Whether tokens {@code a} and {@code b} are in one clause. */
    boolean same(int a, int b) {
        return id(a) == id(b);
    }

    private int id(int token) {
        return clause[token - sentence.firstToken()];
    }

    private boolean opens(int i) {
        Token t = tokens.get(i);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (PUNCTUATION.contains(w)) return true;
        if (w.equals("that")) return !t.pos().equals("DT");
        if (OPENERS.contains(w)) return true;
        if (w.equals("but")) return true;
        return (w.equals("and") || w.equals("or")) && tokens.get(i - 1).word().equals(",");
    }

    private boolean relative(int i) {
        String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
        return RELATIVES.contains(w) && !tokens.get(i).pos().equals("DT");
    }

    private boolean verbBetween(int from, int to) {
        for (int i = from; i < to; i++) if (tokens.get(i).pos().startsWith("VB")) return true;
        return false;
    }
}
