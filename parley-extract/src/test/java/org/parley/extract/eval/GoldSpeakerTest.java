package org.parley.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSpeakerTest {
    @Test
    void a_judgement_reads_its_speaker_relayer_and_split_and_null_means_nobody_known(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, """
                # a comment
                {"article": "k-1", "text": "we cannot abide by it", "speaker": "Volodymyr Zelenskyy", "via": "Sergei Naryshkin", "kind": "quote", "named_in_sentence": false, "split": "test"}

                {"article": "k-1", "text": "is there a threat", "speaker": null, "via": null, "kind": "turn", "named_in_sentence": true, "split": "dev"}
                """);

        var read = GoldSpeaker.read(gold);

        assertThat(read).hasSize(2);
        assertThat(read.get(0).speaker()).contains("Volodymyr Zelenskyy");
        assertThat(read.get(0).via()).contains("Sergei Naryshkin");
        assertThat(read.get(0).split()).isEqualTo("test");
        assertThat(read.get(0).line()).isEqualTo(2);
        assertThat(read.get(1).speaker()).isEmpty();
        assertThat(read.get(1).namedInSentence()).isTrue();
    }

    @Test
    void a_line_without_a_speaker_field_names_the_file_and_line(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"article\": \"k-1\", \"text\": \"words\"}\n");

        assertThatThrownBy(() -> GoldSpeaker.read(gold)).hasMessageContaining("gold.jsonl line 1").hasMessageContaining("speaker");
    }
}
