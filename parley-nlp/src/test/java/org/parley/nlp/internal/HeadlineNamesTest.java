package org.parley.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

class HeadlineNamesTest {
    private final List<Token> tokens = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    /** One line per sentence, words split at spaces; words in [brackets] are tagged ORGANIZATION. */
    private List<Mention> lines(String... lines) {
        List<Mention> mentions = new ArrayList<>();
        for (String line : lines) {
            int first = tokens.size();
            int sentenceStart = text.length();
            int mentionStart = -1;
            for (String raw : line.split(" ")) {
                boolean open = raw.startsWith("[");
                boolean close = raw.endsWith("]");
                String word = raw.replace("[", "").replace("]", "");
                if (text.length() > sentenceStart) text.append(' ');
                Span span = new Span(text.length(), text.length() + word.length());
                text.append(word);
                if (open) mentionStart = span.start();
                boolean tagged = mentionStart >= 0;
                tokens.add(new Token(tokens.size(), span, word, word, "NNP", tagged ? "ORGANIZATION" : "O", sentences.size()));
                if (close) {
                    Span m = new Span(mentionStart, span.end());
                    mentions.add(new Mention(m, m.of(text.toString()), EntityType.ORGANIZATION, "ORGANIZATION", sentences.size()));
                    mentionStart = -1;
                }
            }
            sentences.add(new Sentence(sentences.size(), new Span(sentenceStart, text.length()), first, tokens.size(), sentences.size()));
            text.append('\n');
        }
        return mentions;
    }

    @Test
    void a_headline_name_that_runs_on_is_cut_to_the_name_the_article_uses() {
        List<Mention> in = lines("[NATO Pushes for Military Aid Over Peace Talks] in Ukraine Crisis",
                "The allies of [NATO] met on Tuesday .");

        List<Mention> out = HeadlineNames.apply(in, tokens, sentences, text.toString());

        assertThat(out).extracting(Mention::surface).containsExactly("NATO", "NATO");
        assertThat(tokens.get(1).ner()).isEqualTo("O");
        assertThat(tokens.get(0).ner()).isEqualTo("ORGANIZATION");
    }

    @Test
    void a_long_name_not_used_elsewhere_and_names_in_running_text_stay_whole() {
        List<Mention> in = lines("[Organization for Security and Co-operation in Europe] Sends Monitors",
                "Monitors from [Europe] and the [Office for Democratic Institutions] arrived .");

        List<Mention> out = HeadlineNames.apply(in, tokens, sentences, text.toString());

        assertThat(out).extracting(Mention::surface)
                .containsExactly("Organization for Security and Co-operation in Europe", "Europe", "Office for Democratic Institutions");
    }
}
