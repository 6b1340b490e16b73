package org.parley.server.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parley.model.ArticleId;
import org.parley.model.EntityType;
import org.parley.model.Span;
import org.parley.server.outlet.OutletClaim;
import org.parley.server.outlet.OutletConflict;
import org.parley.server.outlet.OutletEvidence;
import org.parley.server.outlet.OutletViews;
import org.parley.server.outlet.Outlets;
import org.parley.server.story.HolderKey;
import org.parley.store.EntityQuery;
import org.parley.store.EntitySummary;
import org.parley.store.Page;
import org.parley.store.Paged;
import org.parley.store.Store;
import org.parley.store.StoredAttribution;
import org.parley.store.StoredStory;

/**
 * Stories, claims, conflicts and marks of one snapshot, mapped to JSON shapes once (claims and conflicts compare
 * every article with every other); requests only filter and page these lists.
 */
final class OutletIndex {
    /** Stories: latest first, then the larger first, then by id. */
    final List<StoryDto.Story> stories;
    final Map<String, StoryDto.Story> storyById = new HashMap<>();
    final Map<String, List<Dto.Ref>> storyArticles = new HashMap<>();
    /** Claims of two or more articles: most independent outlets first, then most sources, then by id. */
    final List<StoryDto.Claim> claims;
    /** For each claim, the person keys of the speakers its sources name. */
    final Map<String, Set<String>> claimSpeakers = new HashMap<>();
    final Map<String, Set<ArticleId>> claimArticles = new HashMap<>();
    final List<StoryDto.Conflict> conflicts;
    final Map<String, Set<ArticleId>> conflictArticles = new HashMap<>();
    /** Marks in article order, then by offset. */
    final List<StoryDto.Mark> marks;

    private record Where(ArticleId article, Span span) {
    }

    private OutletIndex(StoreView.Snapshot snapshot, Store store, Outlets outlets) {
        List<StoredStory> stored = store.stories().stories();
        Map<ArticleId, String> storyOf = new HashMap<>();
        for (StoredStory s : stored) s.articles().forEach(a -> storyOf.put(a.id(), s.story().id()));
        Map<Where, StoredAttribution> quotes = new HashMap<>();
        for (StoredAttribution a : snapshot.quotes()) quotes.putIfAbsent(new Where(a.article().id(), a.attribution().content()), a);
        Map<ArticleId, Dto.Ref> refs = new HashMap<>();
        snapshot.articlesById().forEach((id, a) -> refs.put(id, DtoMapper.ref(a)));
        Map<Where, MarkBuilder> marked = new LinkedHashMap<>();

        List<StoryDto.Claim> claimList = new ArrayList<>();
        Map<String, Integer> claimsPerStory = new HashMap<>();
        Map<String, Integer> corroboratedPerStory = new HashMap<>();
        for (OutletClaim c : outlets.claims()) {
            Set<ArticleId> articles = new LinkedHashSet<>();
            c.sources().forEach(s -> articles.add(s.article()));
            if (articles.size() < 2) continue;
            Set<String> speakers = new TreeSet<>();
            List<StoryDto.Source> sources = new ArrayList<>();
            for (OutletEvidence e : c.sources()) {
                Optional<StoredAttribution> q = Optional.ofNullable(quotes.get(new Where(e.article(), e.span())));
                q.flatMap(HolderKey::of).ifPresent(k -> speakers.add(k.key()));
                e.speaker().ifPresent(n -> speakers.add(new HolderKey(Optional.empty(), n).key()));
                sources.add(new StoryDto.Source(ref(refs, e), evidence(e), e.speaker().orElse(null), e.direct(),
                        q.map(StoredAttribution::id).orElse(null)));
                if (c.corroborated()) marked.computeIfAbsent(new Where(e.article(), e.span()), w -> new MarkBuilder()).claim(c);
            }
            List<String> stories = stories(articles, storyOf);
            stories.forEach(s -> claimsPerStory.merge(s, 1, Integer::sum));
            if (c.corroborated()) stories.forEach(s -> corroboratedPerStory.merge(s, 1, Integer::sum));
            claimSpeakers.put(c.id(), speakers);
            claimArticles.put(c.id(), articles);
            claimList.add(new StoryDto.Claim(c.id(), c.text(), c.speaker().orElse(null), c.direct(), c.independentOutlets(),
                    c.corroborated(), stories, sources));
        }
        claimList.sort(Comparator.comparingInt((StoryDto.Claim c) -> -c.independentOutlets())
                .thenComparingInt(c -> -c.sources().size()).thenComparing(StoryDto.Claim::id));
        claims = List.copyOf(claimList);

        List<StoryDto.Conflict> conflictList = new ArrayList<>();
        Map<String, Integer> conflictsPerStory = new HashMap<>();
        for (OutletConflict c : outlets.conflicts()) {
            String id = c.id();
            String kind = DtoMapper.lower(c.kind());
            Set<ArticleId> articles = new LinkedHashSet<>();
            List<StoryDto.Side> sides = new ArrayList<>();
            for (OutletConflict.Side side : c.sides()) {
                String value = side.value();
                List<StoryDto.Report> reports = new ArrayList<>();
                for (OutletEvidence e : side.evidence()) {
                    articles.add(e.article());
                    reports.add(new StoryDto.Report(ref(refs, e), evidence(e), e.speaker().orElse(null), DtoMapper.date(e.date())));
                    marked.computeIfAbsent(new Where(e.article(), e.span()), w -> new MarkBuilder())
                            .conflict(new StoryDto.ConflictRef(id, kind, c.subject(), value));
                }
                sides.add(new StoryDto.Side(value, reports));
            }
            List<String> stories = stories(articles, storyOf);
            stories.forEach(s -> conflictsPerStory.merge(s, 1, Integer::sum));
            conflictArticles.put(id, articles);
            conflictList.add(new StoryDto.Conflict(id, kind, c.subject(), stories, sides));
        }
        conflicts = List.copyOf(conflictList);

        List<StoryDto.Mark> markList = new ArrayList<>();
        marked.forEach((w, m) -> markList.add(m.build(w)));
        markList.sort(Comparator.comparing(StoryDto.Mark::article).thenComparingInt(StoryDto.Mark::start)
                .thenComparingInt(StoryDto.Mark::end));
        marks = List.copyOf(markList);

        Map<String, String> persons = persons(store);
        List<StoredStory> sorted = new ArrayList<>(stored);
        sorted.sort(Comparator.comparing((StoredStory s) -> s.story().last().orElse(LocalDate.MIN), Comparator.reverseOrder())
                .thenComparingInt(s -> -s.articles().size()).thenComparing(s -> s.story().id()));
        List<StoryDto.Story> storyList = new ArrayList<>();
        for (StoredStory s : sorted) {
            String id = s.story().id();
            List<StoryDto.Person> people = s.people().stream().map(p -> new StoryDto.Person(DtoMapper.who(new HolderKey(
                    Optional.ofNullable(persons.get(p.name())), p.name())), p.count())).toList();
            List<StoryDto.IssueCount> issues = s.issues().stream().map(i -> new StoryDto.IssueCount(i.name(), i.count())).toList();
            StoryDto.Story dto = new StoryDto.Story(id, s.story().label(), DtoMapper.date(s.story().first()),
                    DtoMapper.date(s.story().last()), s.articles().size(), s.outlets(), people, issues,
                    claimsPerStory.getOrDefault(id, 0), corroboratedPerStory.getOrDefault(id, 0),
                    conflictsPerStory.getOrDefault(id, 0));
            storyList.add(dto);
            storyById.put(id, dto);
            storyArticles.put(id, s.articles().stream().map(DtoMapper::ref).toList());
        }
        stories = List.copyOf(storyList);
    }

    static OutletIndex build(StoreView.Snapshot snapshot, Store store, OutletViews views) {
        return new OutletIndex(snapshot, store, views.compute(store, snapshot.quotes(), snapshot.stances()));
    }

    /** The detail of a story: its articles, and the claims and conflicts that involve any of them. */
    Optional<StoryDto.StoryDetail> detail(String id) {
        StoryDto.Story story = storyById.get(id);
        if (story == null) return Optional.empty();
        return Optional.of(new StoryDto.StoryDetail(story, storyArticles.get(id),
                claims.stream().filter(c -> c.stories().contains(id)).toList(),
                conflicts.stream().filter(c -> c.stories().contains(id)).toList()));
    }

    private static List<String> stories(Set<ArticleId> articles, Map<ArticleId, String> storyOf) {
        Set<String> out = new TreeSet<>();
        for (ArticleId a : articles) {
            String s = storyOf.get(a);
            if (s != null) out.add(s);
        }
        return List.copyOf(out);
    }

    private static Dto.Ref ref(Map<ArticleId, Dto.Ref> refs, OutletEvidence e) {
        Dto.Ref r = refs.get(e.article());
        return r != null ? r : new Dto.Ref(e.article().value(), null, e.outlet(), e.article().value(), DtoMapper.date(e.date()));
    }

    private static Dto.Evidence evidence(OutletEvidence e) {
        return new Dto.Evidence(e.span().start(), e.span().end(), e.text());
    }

    /** Resolved persons by canonical name, for links from a story's key people to their pages. */
    private static Map<String, String> persons(Store store) {
        Map<String, String> out = new HashMap<>();
        Page page = Page.first(Page.MAX_LIMIT);
        while (true) {
            Paged<EntitySummary> p = store.entities(EntityQuery.all().withType(EntityType.PERSON), page);
            for (EntitySummary e : p.items()) out.putIfAbsent(e.entity().name(), e.entity().id().value());
            if (p.next().isEmpty()) return out;
            page = Page.after(Page.MAX_LIMIT, p.next().get());
        }
    }

    private static final class MarkBuilder {
        private String claim;
        private int outlets;
        private final List<StoryDto.ConflictRef> conflicts = new ArrayList<>();

        void claim(OutletClaim c) {
            if (c.independentOutlets() > outlets) {
                claim = c.id();
                outlets = c.independentOutlets();
            }
        }

        void conflict(StoryDto.ConflictRef ref) {
            if (!conflicts.contains(ref)) conflicts.add(ref);
        }

        StoryDto.Mark build(Where w) {
            return new StoryDto.Mark(w.article().value(), w.span().start(), w.span().end(), claim,
                    claim == null ? null : outlets, List.copyOf(conflicts));
        }
    }
}
