package org.parley.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.parley.store.AttributionQuery;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley export quotes}: every quote as one JSON line, in the documented export format. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Exports stored facts as JSON Lines.",
        subcommands = {ExportCommand.Quotes.class, ExportStoriesCommand.class, ExportCorrectionsCommand.class})
public final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = {"Writes every quote as JSON Lines: {\"article\", \"start\", \"end\", \"text\", \"direct\", \"speaker\",",
                    "\"speaker_start\", \"speaker_end\", \"cue\"}; offsets are into the article text exactly as it was given."})
    static final class Quotes implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Mixin
        QuoteFilter filter;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
        Path outFile;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (Store store = storeOptions.open()) {
                AttributionQuery q = filter.query(store);
                if (outFile == null) {
                    write(store, q, spec.commandLine().getOut());
                    return 0;
                }
                Path tmp = Files.createTempFile(outFile.toAbsolutePath().getParent(), ".parley-export", ".tmp");
                try (PrintWriter w = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
                    write(store, q, w);
                } catch (UncheckedIOException e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                Files.move(tmp, outFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return 0;
        }

        private static void write(Store store, AttributionQuery q, PrintWriter out) {
            Lookup.each(p -> store.attributions(q, p), Integer.MAX_VALUE, sa -> Json.line(out, Json.quote(sa, true)));
            out.flush();
        }
    }
}
