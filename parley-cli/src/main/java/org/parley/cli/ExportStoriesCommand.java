package org.parley.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.model.ArticleId;
import org.parley.store.Store;
import org.parley.store.StoryLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley export stories}: the story of every stored article, as JSON Lines. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Writes one JSON line per stored article: {\"article\": its name (file name or JSONL id), \"story\": story id},",
                "in the order articles were put in stories."})
public final class ExportStoriesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path outFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Store store = storeOptions.open()) {
            Stories.ensure(store);
            if (outFile == null) {
                write(store, spec.commandLine().getOut());
                return 0;
            }
            Path tmp = Files.createTempFile(outFile.toAbsolutePath().getParent(), ".parley-export", ".tmp");
            try (PrintWriter w = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
                write(store, w);
            } catch (RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, outFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return 0;
    }

    private static void write(Store store, PrintWriter out) {
        Map<ArticleId, String> names = new HashMap<>();
        store.stories().texts(t -> names.put(t.id(), t.name()));
        for (StoryLink l : store.stories().links()) {
            Json.line(out, Json.object().put("article", names.getOrDefault(l.article(), l.article().value())).put("story", l.story()));
        }
        out.flush();
    }
}
