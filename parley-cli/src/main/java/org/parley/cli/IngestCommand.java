package org.parley.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.cli.ingest.ArticleCount;
import org.parley.cli.ingest.IngestRunner;
import org.parley.cli.ingest.ProgressBar;
import org.parley.extract.ArticleAnalyzer;
import org.parley.extract.issue.IssueCatalog;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.IngestConfig;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.ArticleId;
import org.parley.model.Outcome;
import org.parley.model.StageException;
import org.parley.store.AnalysisRejectedException;
import org.parley.store.SaveResult;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley ingest PATH...}: read, analyse and store articles, then print what was found. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles (txt, html, jsonl/json, rss/atom, warc[.gz]; files, folders recursively, or - for stdin),",
                "analyses them and stores them. Articles already stored are reported unchanged.",
                "Exit status: 0 when every input was read and stored, 1 when some input had a problem, 2 on a usage error."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read; '-' reads standard input.")
    List<String> paths;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AnalysisOptions analysis;

    @Option(names = "--charset", paramLabel = "NAME", description = "Read text files in this charset instead of detecting it (e.g. windows-1252).")
    Charset charset;

    @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "64", description = "Largest single-article file to read, in MB (default: ${DEFAULT-VALUE}).")
    long maxFileMb;

    @Option(names = {"-v", "--verbose"}, description = "Print a line for every article as it is stored.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems and the one-line summary.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxFileMb < 1 || maxFileMb > 2047) {
            throw new UserException("--max-file-size is %d MB; give a size from 1 to 2047 (MB)".formatted(maxFileMb));
        }
        IngestConfig config = IngestConfig.defaults().withMaxFileBytes(maxFileMb << 20);
        if (charset != null) config = config.withCharset(charset);
        ArticleReader reader = new ArticleReader(config);
        List<Path> files = new ArrayList<>();
        boolean stdin = false;
        for (String p : paths) {
            if (p.equals("-")) stdin = true;
            else if (Files.exists(Path.of(p))) files.addAll(reader.files(Path.of(p)));
        }
        IssueCatalog catalog = analysis.catalog();
        try (Store store = storeOptions.openOrCreate()) {
            if (!quiet) err.println("parley: loading the language models…");
            ArticleAnalyzer analyzer = analysis.analyzer(catalog);
            // What standard input holds is only known by reading it: then the bar counts without a total.
            ProgressBar bar = quiet || !terminal() ? ProgressBar.none()
                    : new ProgressBar(System.err, stdin ? OptionalLong.empty() : ArticleCount.of(files));
            IngestRunner.Summary summary = new IngestRunner(analysis.threads()).run(inputs(reader),
                    analyzer::process, sink(store, analyzer.version(), verbose ? out : null, bar), bar,
                    problem -> bar.above(() -> {
                        err.println(problem);
                        err.flush();
                    }));
            Resolution.refresh(store);
            Stories.refresh(store);
            out.printf(Locale.ROOT, "%d article(s) read: %d stored, %d unchanged; %d problem(s) in %.1f s%n",
                    summary.read(), summary.stored(), summary.unchanged(), summary.failed(),
                    summary.elapsed().toMillis() / 1000.0);
            if (!quiet) new Findings(store, catalog).print(out);
            return summary.allRead() ? 0 : 1;
        }
    }

    private Stream<Outcome<Article>> inputs(ArticleReader reader) {
        return paths.stream().flatMap(p -> p.equals("-") ? reader.read("stdin", System.in) : reader.read(Path.of(p)));
    }

    /**
     * Whether standard error is a terminal, as the launcher found it ({@code -Dparley.tty=true} when {@code [ -t 2 ]}):
     * the JDK cannot tell for standard error, and {@code System.console()} answers for standard input and output.
     */
    private static boolean terminal() {
        return Boolean.getBoolean("parley.tty");
    }

    private static IngestRunner.Sink sink(Store store, String version, PrintWriter verbose, ProgressBar bar) {
        return new IngestRunner.Sink() {
            @Override
            public boolean contains(ArticleId id) {
                return store.contains(id);
            }

            @Override
            public IngestRunner.SaveStatus save(ArticleAnalysis analysis) {
                boolean stored;
                try {
                    stored = store.save(analysis, version) == SaveResult.STORED;
                } catch (AnalysisRejectedException e) {
                    throw new StageException("store", analysis.article().source(), e.getMessage(), e.hint());
                }
                if (verbose != null) {
                    bar.above(() -> {
                        verbose.println((stored ? "stored " : "unchanged ") + analysis.article().name());
                        verbose.flush();
                    });
                }
                return stored ? IngestRunner.SaveStatus.STORED : IngestRunner.SaveStatus.UNCHANGED;
            }
        };
    }
}
