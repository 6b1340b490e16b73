package org.parley.server.outlet;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.parley.model.ArticleId;
import org.parley.model.Position;
import org.parley.model.Span;
import org.parley.server.story.HolderKey;
import org.parley.server.story.SimpleStoryViews;
import org.parley.store.Store;
import org.parley.store.StoredAttribution;
import org.parley.store.StoredStance;

/**
 * The default {@link OutletViews}, from store rows alone:
 * <ol>
 *   <li>a claim is a quote of at least {@link #MIN_WORDS} words whose wording (case, spacing and punctuation
 *       aside) two or more articles carry; its independent outlets are its distinct outlets (an article with no
 *       outlet counts as its own). Syndicated copies are not detected here: the pipeline's views do that;</li>
 *   <li>a STANCE conflict is one holder supporting and opposing one issue in statements from different outlets at
 *       most {@link #PERIOD_DAYS} days apart (undated statements cannot be placed and take no part);</li>
 *   <li>a SPEAKER conflict is one direct quote given to two or more different speakers.</li>
 * </ol>
 */
public final class SimpleOutletViews implements OutletViews {
    public static final int MIN_WORDS = 4;
    public static final int PERIOD_DAYS = 14;

    @Override
    public Outlets compute(Store store, List<StoredAttribution> quotes, List<StoredStance> stances) {
        List<OutletClaim> claims = new ArrayList<>();
        List<OutletConflict> conflicts = new ArrayList<>();
        for (List<StoredAttribution> group : sameWording(quotes)) {
            claims.add(claim(group));
            speakerConflict(group).ifPresent(conflicts::add);
        }
        Map<ArticleId, Optional<String>> texts = new HashMap<>();
        conflicts.addAll(stanceConflicts(stances, id -> texts.computeIfAbsent(id, store::text)));
        claims.sort(Comparator.comparing(OutletClaim::id));
        conflicts.sort(Comparator.comparing(OutletConflict::kind).thenComparing(OutletConflict::subject));
        return new Outlets(claims, conflicts);
    }

    /** Quotes grouped by normalised wording; only groups from two or more articles. */
    private static List<List<StoredAttribution>> sameWording(List<StoredAttribution> quotes) {
        Map<String, List<StoredAttribution>> byWording = new TreeMap<>();
        for (StoredAttribution a : quotes) {
            String key = normalised(a.attribution().text());
            if (key.split(" ").length < MIN_WORDS) continue;
            byWording.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
        }
        List<List<StoredAttribution>> out = new ArrayList<>();
        for (List<StoredAttribution> group : byWording.values()) {
            if (group.stream().map(a -> a.article().id()).distinct().count() < 2) continue;
            group.sort(Comparator.comparing((StoredAttribution a) -> a.article().id().value())
                    .thenComparing(a -> a.attribution().content()));
            out.add(group);
        }
        return out;
    }

    static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static OutletClaim claim(List<StoredAttribution> group) {
        StoredAttribution first = group.getFirst();
        Map<String, Integer> speakers = new LinkedHashMap<>();
        for (StoredAttribution a : group) HolderKey.of(a).ifPresent(k -> speakers.merge(k.name(), 1, Integer::sum));
        Optional<String> speaker = speakers.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        StoredAttribution shown = group.stream().filter(a -> a.attribution().direct()).findFirst().orElse(first);
        int outlets = (int) group.stream().map(a -> outletKey(a.article().id(), a.article().outlet())).distinct().count();
        return new OutletClaim("claim-" + first.article().id().value() + "@" + first.attribution().content().start(),
                shown.attribution().text(), speaker, group.stream().anyMatch(a -> a.attribution().direct()),
                group.stream().map(SimpleOutletViews::evidence).toList(), outlets);
    }

    private static Optional<OutletConflict> speakerConflict(List<StoredAttribution> group) {
        Map<String, List<OutletEvidence>> bySpeaker = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (StoredAttribution a : group) {
            if (!a.attribution().direct()) continue;
            Optional<HolderKey> key = HolderKey.of(a);
            if (key.isEmpty()) continue;
            names.putIfAbsent(key.get().key(), key.get().name());
            bySpeaker.computeIfAbsent(key.get().key(), k -> new ArrayList<>()).add(evidence(a));
        }
        if (bySpeaker.size() < 2) return Optional.empty();
        List<OutletConflict.Side> sides = new ArrayList<>();
        bySpeaker.forEach((key, evidence) -> sides.add(new OutletConflict.Side(names.get(key), evidence)));
        sides.sort(Comparator.comparingInt((OutletConflict.Side s) -> -s.evidence().size()).thenComparing(OutletConflict.Side::value));
        return Optional.of(new OutletConflict(OutletConflict.Kind.SPEAKER, group.getFirst().attribution().text(), sides));
    }

    private static OutletEvidence evidence(StoredAttribution a) {
        return new OutletEvidence(a.article().id(), a.article().outlet(), a.attribution().content(), a.attribution().text(),
                HolderKey.of(a).map(HolderKey::name), a.attribution().direct(), a.article().date());
    }

    private record Statement(StoredStance stance, LocalDate date) {
    }

    private static List<OutletConflict> stanceConflicts(List<StoredStance> stances,
                                                        Function<ArticleId, Optional<String>> texts) {
        Map<String, List<Statement>> byHolderIssue = new TreeMap<>();
        Map<String, String> subjects = new HashMap<>();
        for (StoredStance s : stances) {
            Position p = s.stance().position();
            Optional<LocalDate> date = SimpleStoryViews.date(s);
            if ((p != Position.SUPPORT && p != Position.OPPOSE) || date.isEmpty()) continue;
            HolderKey holder = HolderKey.of(s);
            String key = holder.key() + "\n" + s.stance().issue();
            subjects.putIfAbsent(key, holder.name() + " / " + s.stance().issue());
            byHolderIssue.computeIfAbsent(key, k -> new ArrayList<>()).add(new Statement(s, date.get()));
        }
        List<OutletConflict> out = new ArrayList<>();
        byHolderIssue.forEach((key, statements) -> {
            Map<Position, List<OutletEvidence>> sides = new TreeMap<>();
            for (Statement a : statements) {
                if (statements.stream().anyMatch(b -> contradicts(a, b))) {
                    sides.computeIfAbsent(a.stance().stance().position(), p -> new ArrayList<>()).add(evidence(a, texts));
                }
            }
            if (sides.size() < 2) return;
            List<OutletConflict.Side> list = new ArrayList<>();
            sides.forEach((position, evidence) -> list.add(new OutletConflict.Side(position.name(),
                    evidence.stream().sorted(Comparator.comparing((OutletEvidence e) -> e.date().orElseThrow())
                            .thenComparing(e -> e.article().value())).toList())));
            out.add(new OutletConflict(OutletConflict.Kind.STANCE, subjects.get(key), list));
        });
        return out;
    }

    private static boolean contradicts(Statement a, Statement b) {
        return a.stance().stance().position() != b.stance().stance().position()
                && !outletKey(a.stance().article().id(), a.stance().article().outlet())
                .equals(outletKey(b.stance().article().id(), b.stance().article().outlet()))
                && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) <= PERIOD_DAYS;
    }

    private static OutletEvidence evidence(Statement s, Function<ArticleId, Optional<String>> texts) {
        StoredStance st = s.stance();
        Span span = st.stance().evidence();
        String text = texts.apply(st.article().id()).filter(t -> span.end() <= t.length()).map(span::of).orElse("");
        return new OutletEvidence(st.article().id(), st.article().outlet(), span, text,
                Optional.of(HolderKey.of(st).name()), false, Optional.of(s.date()));
    }

    /** The outlet, or the article itself when its outlet is unknown, so unknown outlets never merge. */
    private static String outletKey(ArticleId article, String outlet) {
        return outlet.isBlank() ? "article:" + article.value() : outlet;
    }
}
