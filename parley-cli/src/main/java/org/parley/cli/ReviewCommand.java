package org.parley.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.parley.store.Correction;
import org.parley.store.Correction.Action;
import org.parley.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parley review}: confirm, reject or correct a stance or a quote, list the corrections, undo one. The store
 * keeps corrections apart from extraction and every listing shows them (see {@link org.parley.store.Reviews}).
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Confirms, rejects or corrects stances and quotes; corrections win in every listing, the API and exports.",
                "Ids are the ones 'parley stances' (#N after the evidence) and 'parley quotes' show."},
        subcommands = {ReviewCommand.StanceReview.class, ReviewCommand.QuoteReview.class, ReviewCommand.ListCorrections.class,
                ReviewCommand.Undo.class})
public final class ReviewCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Who and why, shared by the commands that write. */
    static final class Who {
        @Option(names = "--by", paramLabel = "NAME", description = "Who makes the correction (default: the user name of this account).")
        String by;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why, for whoever reads the corrections later.")
        String note = "";

        String by() {
            if (by != null) return by;
            String user = System.getProperty("user.name", "");
            return user.isBlank() ? "unknown" : user;
        }
    }

    @Command(name = "stance", mixinStandardHelpOptions = true,
            description = "Confirms, rejects or corrects stance ID: one of --confirm, --reject, --holder, --polarity, --condition.")
    static final class StanceReview implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Parameters(index = "0", paramLabel = "ID", description = "The stance's id.")
        long id;

        @ArgGroup(exclusive = true, multiplicity = "1")
        StanceChange change;

        @Mixin
        Who who;

        @Spec
        CommandSpec spec;

        static final class StanceChange {
            @Option(names = "--confirm", description = "The stance is right.") boolean confirm;
            @Option(names = "--reject", description = "It is no stance (listings and counts leave it out).") boolean reject;
            @Option(names = "--holder", paramLabel = "NAME", description = "Who really holds it.") String holder;
            @Option(names = "--polarity", paramLabel = "support|oppose|mixed|neutral", description = "Its real polarity.") String polarity;
            @Option(names = "--condition", paramLabel = "[KIND: ]WORDS|none",
                    description = "The condition it is held on, words as the article writes them, with a kind (conditional, "
                            + "demand, red-line; default conditional), e.g. 'red-line: will never give up'; 'none' removes it.")
            String condition;
        }

        @Override
        public Integer call() {
            StanceChange c = change;
            Action action = c.confirm ? Action.CONFIRM : c.reject ? Action.REJECT : c.holder != null ? Action.SET_HOLDER
                    : c.polarity != null ? Action.SET_POLARITY : Action.SET_CONDITION;
            Optional<String> value = Optional.ofNullable(c.holder != null ? c.holder : c.polarity != null ? c.polarity : c.condition);
            return record(storeOptions, spec, store -> store.reviews().stance(id, action, value, who.note, who.by()));
        }
    }

    @Command(name = "quote", mixinStandardHelpOptions = true,
            description = "Confirms, rejects or corrects the speaker of quote ID: one of --confirm, --reject, --speaker.")
    static final class QuoteReview implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Parameters(index = "0", paramLabel = "ID", description = "The quote's id.")
        long id;

        @ArgGroup(exclusive = true, multiplicity = "1")
        QuoteChange change;

        @Mixin
        Who who;

        @Spec
        CommandSpec spec;

        static final class QuoteChange {
            @Option(names = "--confirm", description = "The quote and its speaker are right.") boolean confirm;
            @Option(names = "--reject", description = "It is no quote (listings and searches leave it out).") boolean reject;
            @Option(names = "--speaker", paramLabel = "NAME", description = "Who really said it.") String speaker;
        }

        @Override
        public Integer call() {
            Action action = change.confirm ? Action.CONFIRM : change.reject ? Action.REJECT : Action.SET_SPEAKER;
            return record(storeOptions, spec, store -> store.reviews().quote(id, action, Optional.ofNullable(change.speaker),
                    who.note, who.by()));
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = "Undoes correction ID with a new entry; the history keeps both.")
    static final class Undo implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Parameters(index = "0", paramLabel = "CORRECTION_ID", description = "The id 'parley review list' shows.")
        long id;

        @Mixin
        Who who;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return record(storeOptions, spec, store -> store.reviews().undo(id, who.note, who.by()));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every correction, oldest first, undos and what they undid included.")
    static final class ListCorrections implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Mixin
        ListingFormat format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Correction> all = new ArrayList<>();
            try (Store store = storeOptions.open(); ListingFormat.Rows rows = format.rows(out, CliColumns.CORRECTIONS)) {
                Lookup.each(p -> store.reviews().list(p), Integer.MAX_VALUE, all::add);
                for (Correction c : all) {
                    if (format.table()) out.printf("%5d  %s  %-8s %s%s%n", c.id(), c.at(), c.by(), describe(c),
                            c.undoneBy().map(u -> "  (undone by " + u + ")").orElse(""));
                    else rows.add(json(c));
                }
            }
            if (format.table()) out.printf("%d correction(s)%n", all.size());
            return 0;
        }
    }

    /** "set-polarity of stance 12 (defence-spending): oppose -> mixed", "undo of correction 3". */
    static String describe(Correction c) {
        if (c.action() == Action.UNDO) return "undo of correction " + c.undoes().orElseThrow() + note(c);
        String what = c.fact().label() + " " + c.rowId() + (c.issue().isEmpty() ? "" : " (" + c.issue() + ")");
        String change = c.newValue().map(v -> ": " + c.oldValue().map(o -> quoted(o) + " -> ").orElse("") + quoted(v)).orElse("");
        return c.action().label() + " of " + what + change + note(c);
    }

    private static String quoted(String v) {
        return v.isEmpty() ? "(none)" : "'" + v + "'";
    }

    private static String note(Correction c) {
        return c.note().isBlank() ? "" : "  — " + c.note();
    }

    static ObjectNode json(Correction c) {
        ObjectNode n = Json.object().put("id", c.id()).put("fact", c.fact().label()).put("article_id", c.article().value())
                .put("start", c.span().start()).put("end", c.span().end()).put("row_id", c.rowId())
                .put("action", c.action().label());
        if (c.issue().isEmpty()) n.putNull("issue");
        else n.put("issue", c.issue());
        Json.put(n, "old_value", c.oldValue());
        Json.put(n, "new_value", c.newValue());
        n.put("note", c.note()).put("by", c.by()).put("at", c.at().toString());
        Json.put(n, "undoes", c.undoes());
        Json.put(n, "undone_by", c.undoneBy());
        return n;
    }

    /**
     * What the stance, quote and undo commands share: opens the store, records the correction {@code write} makes
     * (what the user got wrong, an unknown id or a bad value, becomes a one-line error), prints it; exit status 0.
     */
    private static int record(StoreOptions storeOptions, CommandSpec spec, Function<Store, Correction> write) {
        try (Store store = storeOptions.open()) {
            Correction made;
            try {
                made = write.apply(store);
            } catch (NoSuchElementException | IllegalArgumentException e) {
                throw new UserException(e.getMessage(), e);
            }
            spec.commandLine().getOut().println("correction " + made.id() + ": " + describe(made));
        }
        return 0;
    }
}
