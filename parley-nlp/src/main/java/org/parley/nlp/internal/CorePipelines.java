package org.parley.nlp.internal;

import java.util.Properties;
import org.parley.nlp.NlpConfig;

/** CoreNLP properties for Parley's pipelines, in one place so the annotator and the baselines agree. */
public final class CorePipelines {
    private CorePipelines() {
    }

    /**
     * Tokenizer and sentence splitter. Untokenizable characters are dropped silently instead of logged one by one
     * (offsets of the other tokens stay right). Quotes are normalised as the models were trained; Parley takes
     * each token's word from the article text, so the original characters are kept anyway.
     */
    public static Properties split(NlpConfig config) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "untokenizable=noneDelete");
        p.setProperty("ssplit.newlineIsSentenceBreak",
                config.lineBreaks() == NlpConfig.LineBreaks.EVERY_LINE ? "always" : "two");
        return p;
    }

    /** Part of speech, lemma and NER on an already split annotation; dates come from a separate SUTime pass. */
    public static Properties tag(NlpConfig config) {
        Properties p = new Properties();
        p.setProperty("annotators", "pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ner.model", config.ner().paths());
        p.setProperty("ner.combinationMode", "NORMAL");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrained()));
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    /** SUTime on its own: only what dates need, without the numeric classifiers the NER annotator would run with it. */
    public static Properties time() {
        Properties p = new Properties();
        p.setProperty("sutime.includeRange", "false");
        p.setProperty("sutime.markTimeRanges", "false");
        return p;
    }
}
