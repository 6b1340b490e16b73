package org.parley.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.extract.issue.IssueCatalog;
import org.parley.extract.issue.IssueSuggester;
import org.parley.extract.issue.IssueSuggestion;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.IngestConfig;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Issue;
import org.parley.model.Outcome;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley issues}: the issues stances are read on, and candidates proposed from the corpus itself. */
@Command(name = "issues", mixinStandardHelpOptions = true, description = "Lists issues, or suggests new ones from the articles.",
        subcommands = {IssuesCommand.ListIssues.class, IssuesCommand.Suggest.class})
public final class IssuesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the issues of --issues FILE (or the bundled ones) with their terms.")
    static final class ListIssues implements Callable<Integer> {
        @Mixin
        AnalysisOptions analysis;

        @Mixin
        ListingFormat format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            IssueCatalog catalog = analysis.catalog();
            if (!format.table()) {
                try (ListingFormat.Rows rows = format.rows(out, CliColumns.ISSUES)) {
                    for (Issue i : catalog.issues()) {
                        ObjectNode n = Json.object().put("id", i.id()).put("name", i.name());
                        i.terms().forEach(n.putArray("terms")::add);
                        if (!i.against().isEmpty()) i.against().forEach(n.putArray("against")::add);
                        rows.add(n);
                    }
                }
                return 0;
            }
            out.println("issues from " + catalog.source() + ":");
            for (Issue i : catalog.issues()) {
                out.printf("  %-28s %s%n      terms: %s%n", i.id(), i.name(), String.join("; ", i.terms()));
                if (!i.against().isEmpty()) out.printf("      against: %s%n", String.join("; ", i.against()));
            }
            return 0;
        }
    }

    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = {"Proposes candidate issues from the articles: recurring noun phrases that actors take positions on,",
                    "ranked by how many articles and holders take a stance near them. Reads PATHs, or else the stored articles.",
                    "Output in the --issues file format with --json, so it can be edited into an issues file."})
    static final class Suggest implements Callable<Integer> {
        @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to read (default: the stored ones).")
        List<Path> paths = new ArrayList<>();

        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--limit", defaultValue = "20", description = "How many suggestions (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "An issues file ({\"issues\": [...]}) with counts and an example per issue.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<org.parley.model.Article> articles = Collections.synchronizedList(new ArrayList<>());
            if (paths.isEmpty()) {
                try (Store store = storeOptions.open()) {
                    Lookup.each(store::articles, Integer.MAX_VALUE, s -> store.article(s.id()).ifPresent(a -> articles.add(a.article())));
                }
            } else {
                ArticleReader reader = new ArticleReader(IngestConfig.defaults());
                for (Path p : paths) {
                    try (var in = reader.read(p)) {
                        in.forEach(o -> {
                            if (o instanceof Outcome.Done<org.parley.model.Article> d) articles.add(d.value());
                            else if (o instanceof Outcome.Failed<org.parley.model.Article> f) spec.commandLine().getErr().println(f.problem());
                        });
                    }
                }
            }
            if (articles.isEmpty()) throw new UserException("no articles to read: ingest some first, or name files or folders");
            CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.defaults());
            List<AnnotatedArticle> docs = articles.parallelStream().map(annotator::process).toList();
            List<IssueSuggestion> suggestions = new IssueSuggester().suggest(docs, limit);
            if (json) {
                ObjectNode root = Json.object();
                var list = root.putArray("issues");
                for (IssueSuggestion s : suggestions) {
                    ObjectNode n = list.addObject().put("id", s.id()).put("name", s.name());
                    s.terms().forEach(n.putArray("terms")::add);
                    n.put("documents", s.documents()).put("holders", s.holders()).put("stance_sentences", s.cueSentences())
                            .put("mentions", s.mentions()).put("example", s.example());
                }
                Json.line(out, root);
                return 0;
            }
            out.printf("%d suggestion(s) from %d article(s); edit them into an issues file for --issues%n", suggestions.size(), docs.size());
            for (IssueSuggestion s : suggestions) {
                out.printf(Locale.ROOT, "%n  %-30s %d article(s), %d holder(s), %d stance sentence(s)%n      terms: %s%n      e.g. %s%n",
                        s.id(), s.documents(), s.holders(), s.cueSentences(), String.join("; ", s.terms()), Text.cut(s.example(), 160));
            }
            return 0;
        }
    }
}
