package org.parley.nlp;

import java.util.Locale;
import java.util.Objects;

/**
 * How {@link CoreNlpAnnotator} annotates: which CoreNLP models it loads and how it cuts text.
 *
 * <p>{@link #defaults()} is the fast profile measured in {@code parley-nlp/NLP-CHOICES.md}; {@link #accurate()}
 * is CoreNLP's own default NER (three CRF models plus its fine-grained KBP gazetteer), slower and heavier.
 *
 * @param ner               the NER model(s)
 * @param fineGrained       run CoreNLP's fine-grained NER (KBP gazetteers: COUNTRY, CITY, TITLE …). When false,
 *                          Parley's own small lexicon of countries, states and nationalities refines the CRF's
 *                          LOCATION and MISC tags, which costs next to nothing
 * @param times             find and normalise dates with SUTime
 * @param timeTriggers      run SUTime only on sentences with a number or a time word (see {@code TimeTriggers}):
 *                          the same dates at less than half of SUTime's cost
 * @param lineBreaks        which line breaks end a sentence and a paragraph
 * @param maxSentenceTokens sentences longer than this (tables, lists, run-ons) are cut into pieces before tagging,
 *                          so one pathological line cannot make tagging slow
 * @param maxBlockChars     texts longer than this are annotated in blocks of whole paragraphs, so memory stays
 *                          bounded on huge inputs
 */
public record NlpConfig(NerModel ner, boolean fineGrained, boolean times, boolean timeTriggers, LineBreaks lineBreaks,
                        int maxSentenceTokens, int maxBlockChars) {

    /** CoreNLP's English CRF NER models. */
    public enum NerModel {
        /** CoNLL 2003: PERSON, ORGANIZATION, LOCATION, MISC. One model. */
        CONLL_4CLASS("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"),
        /** PERSON, ORGANIZATION, LOCATION. One model, trained on more data. */
        ALL_3CLASS("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"),
        /** CoreNLP's default: the 3-class, 7-class and 4-class models combined. Three times the CRF work. */
        COMBINED("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");

        private final String paths;

        NerModel(String paths) {
            this.paths = paths;
        }

        /** The comma-separated classpath locations CoreNLP's {@code ner.model} takes. */
        public String paths() {
            return paths;
        }
    }

    /** Which line breaks end sentences and paragraphs. */
    public enum LineBreaks {
        /** Every line break: headlines, bylines and paragraphs of news text are lines, often without a full stop. */
        EVERY_LINE,
        /** Only a blank line: for hard-wrapped text where single line breaks fall inside sentences. */
        BLANK_LINE
    }

    public NlpConfig {
        Objects.requireNonNull(ner, "ner is null");
        Objects.requireNonNull(lineBreaks, "lineBreaks is null");
        if (maxSentenceTokens < 20) {
            throw new IllegalArgumentException("maxSentenceTokens is %d; use at least 20, or real sentences get cut"
                    .formatted(maxSentenceTokens));
        }
        if (maxBlockChars < 1_000) {
            throw new IllegalArgumentException("maxBlockChars is %d; use at least 1000".formatted(maxBlockChars));
        }
    }

    /** The fast profile: one CRF (CoNLL 4-class), Parley's geo lexicon, SUTime, every line break a boundary. */
    public static NlpConfig defaults() {
        return new NlpConfig(NerModel.CONLL_4CLASS, false, true, true, LineBreaks.EVERY_LINE, 150, 20_000);
    }

    /** CoreNLP's default NER: three CRF models and the fine-grained KBP gazetteers. About 3x slower, 2x the heap. */
    public static NlpConfig accurate() {
        return defaults().withNer(NerModel.COMBINED).withFineGrained(true);
    }

    /** A named profile, for the command line: {@code fast} or {@code accurate}. */
    public static NlpConfig profile(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "fast", "default", "defaults" -> defaults();
            case "accurate" -> accurate();
            default -> throw new IllegalArgumentException(
                    "unknown NLP profile '%s'; use 'fast' or 'accurate'".formatted(name));
        };
    }

    public NlpConfig withNer(NerModel model) {
        return new NlpConfig(model, fineGrained, times, timeTriggers, lineBreaks, maxSentenceTokens, maxBlockChars);
    }

    public NlpConfig withFineGrained(boolean on) {
        return new NlpConfig(ner, on, times, timeTriggers, lineBreaks, maxSentenceTokens, maxBlockChars);
    }

    public NlpConfig withTimes(boolean on) {
        return new NlpConfig(ner, fineGrained, on, timeTriggers, lineBreaks, maxSentenceTokens, maxBlockChars);
    }

    public NlpConfig withTimeTriggers(boolean on) {
        return new NlpConfig(ner, fineGrained, times, on, lineBreaks, maxSentenceTokens, maxBlockChars);
    }

    public NlpConfig withLineBreaks(LineBreaks breaks) {
        return new NlpConfig(ner, fineGrained, times, timeTriggers, breaks, maxSentenceTokens, maxBlockChars);
    }

    public NlpConfig withMaxSentenceTokens(int max) {
        return new NlpConfig(ner, fineGrained, times, timeTriggers, lineBreaks, max, maxBlockChars);
    }

    public NlpConfig withMaxBlockChars(int max) {
        return new NlpConfig(ner, fineGrained, times, timeTriggers, lineBreaks, maxSentenceTokens, max);
    }

    /** A short stable description, part of the annotator's version. */
    public String describe() {
        return "ner=%s,fine=%s,times=%s%s,breaks=%s,maxTokens=%d,block=%d".formatted(
                ner.name().toLowerCase(Locale.ROOT), fineGrained, times, times && timeTriggers ? "+triggers" : "",
                lineBreaks.name().toLowerCase(Locale.ROOT), maxSentenceTokens, maxBlockChars);
    }
}
