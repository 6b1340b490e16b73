package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.extract.entity.EntityExtractor;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Attribution;
import org.parley.model.EntityType;
import org.parley.model.Invariants;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Speaker;
import org.parley.model.Span;
import org.parley.model.TimeMention;
import org.parley.model.Token;
import org.parley.testkit.Docs;

/**
 * A hand-tagged article for tests that depend on parts of speech the way a real tagger gives them (including its
 * slips, such as a past tense tagged VBN): one sentence per line as {@code word/POS} or {@code word/POS/NER}
 * tokens, an empty line between paragraphs. Words are joined by single spaces, punctuation without one before it.
 */
final class Tagged {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ":", ";", "?", "!", "”", "'s", "’s", ")", "n't");

    private Tagged() {
    }

    private static final EntityExtractor ENTITIES = new EntityExtractor();
    private static final AttributionExtractor EXTRACTOR = new AttributionExtractor();

    /** The attributions of a hand-tagged article ({@link #doc}). */
    static List<Attribution> extract(String lines) {
        AnnotatedArticle doc = doc(lines);
        return EXTRACTOR.extract(doc, ENTITIES.process(doc));
    }

    /** The first attribution whose cue reads {@code cue}; fails the test when there is none. */
    static Attribution withCue(List<Attribution> all, String cue) {
        return all.stream().filter(a -> a.cueText().equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution with cue '" + cue + "' in " + all));
    }

    /** The speaker's mention as written, or "?" when the speaker is unknown. */
    static String surface(Attribution a) {
        return switch (a.speaker()) {
            case Speaker.Known k -> k.surface();
            case Speaker.Unknown u -> u.mention().isPresent() ? u.surface() : "?";
        };
    }

    static AnnotatedArticle doc(String lines) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        int paragraph = 0;
        boolean newParagraph = false;
        for (String line : lines.split("\n", -1)) {
            if (line.isBlank()) {
                newParagraph = !sentences.isEmpty();
                continue;
            }
            if (!sentences.isEmpty()) text.append(newParagraph ? "\n\n" : " ");
            if (newParagraph) paragraph++;
            newParagraph = false;
            int first = tokens.size();
            int sentenceStart = text.length();
            boolean openQuote = false;
            for (String spec : line.strip().split(" ")) {
                String[] f = spec.split("/", -1);
                if (f.length < 2) throw new IllegalArgumentException("token '" + spec + "' needs word/POS");
                String word = f[0];
                // a hyphen tagged HYPH joins the words beside it, as in "Kassym-Jomart"
                boolean glued = word.equals("-") && f[1].equals("HYPH")
                        || tokens.size() > first && tokens.get(tokens.size() - 1).word().equals("-") && tokens.get(tokens.size() - 1).pos().equals("HYPH");
                boolean space = tokens.size() > first && !NO_SPACE_BEFORE.contains(word) && !openQuote && !glued;
                if (space) text.append(' ');
                int start = text.length();
                text.append(word);
                openQuote = word.equals("“");
                String ner = f.length > 2 ? f[2] : "O";
                tokens.add(new Token(tokens.size(), new Span(start, text.length()), word, lemma(word), f[1], ner,
                        sentences.size()));
            }
            sentences.add(new Sentence(sentences.size(), new Span(sentenceStart, text.length()), first, tokens.size(),
                    paragraph));
        }
        for (int i = 0; i < tokens.size(); i++) {
            String ner = tokens.get(i).ner();
            if (ner.equals("O") || i > 0 && tokens.get(i - 1).ner().equals(ner)) continue;
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(ner)) j++;
            Span span = new Span(tokens.get(i).span().start(), tokens.get(j).span().end());
            EntityType type = switch (ner) {
                case "PERSON" -> EntityType.PERSON;
                case "ORGANIZATION" -> EntityType.ORGANIZATION;
                case "LOCATION" -> EntityType.PLACE;
                default -> EntityType.OTHER;
            };
            mentions.add(new Mention(span, span.of(text.toString()), type, ner, tokens.get(i).sentence()));
        }
        return Invariants.check(new AnnotatedArticle(Docs.article(text.toString()), sentences, tokens, mentions,
                List.<TimeMention>of(), "tagged"));
    }

    /** A hand-tagged article with a title, an outlet and a date, as a press release has them. */
    static AnnotatedArticle doc(String lines, String title, String outlet, java.time.LocalDate published) {
        AnnotatedArticle d = doc(lines);
        org.parley.model.Article a = d.article();
        org.parley.model.Article with = new org.parley.model.Article(a.id(), a.name(), a.source(), outlet, title, a.author(), a.url(),
                java.util.Optional.of(published), a.originalText(), a.text(), a.removed(), a.metadata());
        return new AnnotatedArticle(with, d.sentences(), d.tokens(), d.mentions(), d.times(), d.annotator());
    }

    private static String lemma(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("ied") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("ed") && w.length() > 4) return w.substring(0, w.length() - 2);
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) return w.substring(0, w.length() - 1);
        return w;
    }
}
