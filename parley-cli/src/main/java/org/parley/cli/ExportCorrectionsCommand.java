package org.parley.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.model.ArticleId;
import org.parley.model.Attribution;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Speaker;
import org.parley.model.Stance;
import org.parley.store.AttributionQuery;
import org.parley.store.Review;
import org.parley.store.StanceQuery;
import org.parley.store.Store;
import org.parley.store.StoredArticle;
import org.parley.store.StoredAttribution;
import org.parley.store.StoredStance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parley export corrections}: what people reviewed, as gold judgements that {@code parley eval stances} and
 * {@code parley eval speakers} read, so reviewed data becomes evaluation data.
 *
 * <p>A stance or quote is written when someone confirmed it or corrected it (and it is not rejected), with the
 * values as corrected: that is a judgement someone made. A rejected fact says only "not this", which the gold formats
 * cannot hold, so it is left out; so are facts nobody looked at.
 */
@Command(name = "corrections", mixinStandardHelpOptions = true,
        description = {"Writes the confirmed and corrected stances (--gold stances, the format of eval/stances-gold.md) or",
                "quotes (--gold speakers, the format of eval/speakers-gold.md) as JSON Lines for 'parley eval'."})
final class ExportCorrectionsCommand implements Callable<Integer> {
    /** The gold's statement snippet is at most this many words (eval/speakers-gold.md). */
    static final int MAX_SNIPPET_WORDS = 25;

    enum Gold { STANCES, SPEAKERS }

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--gold", required = true, paramLabel = "stances|speakers", description = "Which gold format to write.")
    Gold gold;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path outFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Store store = storeOptions.open()) {
            if (outFile == null) {
                PrintWriter out = spec.commandLine().getOut();
                spec.commandLine().getErr().println(write(store, out) + " judgement(s)");
                return 0;
            }
            Path dir = outFile.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) throw new UserException("folder " + dir + " for --out does not exist");
            Path tmp = Files.createTempFile(dir, ".parley-export", ".tmp");
            int n;
            try (PrintWriter w = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
                n = write(store, w);
            } catch (RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, outFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getErr().println(n + " judgement(s) written to " + outFile);
        }
        return 0;
    }

    private int write(Store store, PrintWriter out) {
        int[] n = {0};
        if (gold == Gold.STANCES) {
            Map<ArticleId, String> texts = new HashMap<>();
            Lookup.each(p -> store.stances(StanceQuery.all(), p), Integer.MAX_VALUE, s -> {
                if (!judged(s.review())) return;
                String text = texts.computeIfAbsent(s.article().id(), id -> store.text(id).orElse(""));
                Json.line(out, stance(s, text));
                n[0]++;
            });
        } else {
            Map<ArticleId, List<Sentence>> sentences = new HashMap<>();
            Map<ArticleId, String> texts = new HashMap<>();
            Lookup.each(p -> store.attributions(AttributionQuery.all(), p), Integer.MAX_VALUE, q -> {
                if (!judged(q.review())) return;
                List<Sentence> in = sentences.computeIfAbsent(q.article().id(),
                        id -> store.article(id).map(StoredArticle::sentences).orElse(List.of()));
                String text = texts.computeIfAbsent(q.article().id(), id -> store.text(id).orElse(""));
                Json.line(out, speaker(q, in, text));
                n[0]++;
            });
        }
        out.flush();
        return n[0];
    }

    /** Someone said it is right, or made it right. */
    private static boolean judged(Optional<Review> review) {
        return review.filter(r -> !r.rejected() && (r.confirmed() || !r.corrected().isEmpty())).isPresent();
    }

    /** {@code {"article", "holder", "issue", "stance", "evidence", "condition"}} as in eval/stances-gold.md. */
    static ObjectNode stance(StoredStance s, String text) {
        Stance st = s.stance();
        String holder = s.review().filter(r -> r.corrected().containsKey("holder")).isPresent() ? st.holder().name()
                : s.holder().map(h -> h.name()).orElse(st.holder().name());
        ObjectNode n = Json.object().put("article", s.article().name()).put("holder", holder).put("issue", st.issue())
                .put("stance", st.position().label()).put("evidence", st.evidence().of(text).strip());
        if (st.condition().isEmpty()) n.putNull("condition");
        else n.putObject("condition").put("type", st.condition().get().kind().label()).put("text", st.condition().get().text());
        return n;
    }

    /**
     * {@code {"article", "text", "speaker", "via", "kind", "named_in_sentence"}} as in eval/speakers-gold.md: the text is
     * the quote's words, cut to the gold's 25 words; kind is {@code quote} for words in quotation marks, else
     * {@code reported} (Parley does not tell turns, speeches and readouts apart per quote).
     */
    static ObjectNode speaker(StoredAttribution q, List<Sentence> sentences, String text) {
        Attribution a = q.attribution();
        ObjectNode n = Json.object().put("article", q.article().name()).put("text", snippet(a.text()));
        Optional<Span> mention = a.speaker().mentionInText();
        boolean corrected = q.review().filter(r -> r.corrected().containsKey("speaker")).isPresent();
        if (a.speaker() instanceof Speaker.Known k) {
            n.put("speaker", corrected ? k.name() : q.speaker().map(e -> e.name()).orElse(k.name()));
        } else {
            n.putNull("speaker");
        }
        if (a.via().isPresent()) n.put("via", a.via().get().name());
        else n.putNull("via");
        n.put("kind", a.direct() ? "quote" : "reported");
        Optional<Span> sentence = a.sentence() < sentences.size() ? Optional.of(sentences.get(a.sentence()).span()) : Optional.empty();
        // A corrected speaker has no mention: it is named in the sentence when the sentence has its name.
        boolean named = sentence.isPresent() && (corrected
                ? sentence.get().of(text).contains(((Speaker.Known) a.speaker()).name())
                : mention.isPresent() && sentence.get().start() <= mention.get().start() && mention.get().end() <= sentence.get().end());
        n.put("named_in_sentence", named);
        return n;
    }

    /** The first {@value #MAX_SNIPPET_WORDS} words of {@code text}, verbatim (so still a substring of the article). */
    static String snippet(String text) {
        String t = text.strip();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = Character.isWhitespace(t.charAt(i));
            if (!space && !inWord && ++words > MAX_SNIPPET_WORDS) return t.substring(0, i).strip();
            inWord = !space;
        }
        return t;
    }
}
