package org.parley.server.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Attribution;
import org.parley.model.Event;
import org.parley.model.EventStatus;
import org.parley.model.Holder;
import org.parley.model.LocalEntity;
import org.parley.model.Span;
import org.parley.model.Speaker;
import org.parley.model.Stance;
import org.parley.server.story.HolderKey;
import org.parley.server.story.HolderStances;
import org.parley.server.story.StanceShift;
import org.parley.server.story.TimelineEntry;
import org.parley.store.ArticleRef;
import org.parley.store.ArticleSummary;
import org.parley.store.Correction;
import org.parley.store.EntityRef;
import org.parley.store.EntitySummary;
import org.parley.store.Review;
import org.parley.store.StoredArticle;
import org.parley.store.StoredAttribution;
import org.parley.store.StoredEvent;
import org.parley.store.StoredStance;

/** Turns store rows into {@link Dto}s. Evidence texts are cut from article texts given by {@code texts}. */
public final class DtoMapper {
    /** How many evidence statements a matrix cell carries; the rest are a click on /api/stances away. */
    static final int EVIDENCE_PER_CELL = 25;

    private final Function<ArticleId, Optional<String>> texts;

    public DtoMapper(Function<ArticleId, Optional<String>> texts) {
        this.texts = texts;
    }

    static String date(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse(null);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    public static Dto.Ref ref(ArticleRef r) {
        return new Dto.Ref(r.id().value(), r.title(), r.outlet(), r.name(), date(r.date()));
    }

    public static Dto.Ref ref(ArticleSummary s) {
        return new Dto.Ref(s.id().value(), s.title(), s.outlet(), s.name(), date(s.date().date()));
    }

    public static Dto.ArticleItem item(ArticleSummary s) {
        return new Dto.ArticleItem(s.id().value(), s.name(), s.title(), s.outlet(), s.source(), date(s.published()),
                date(s.date().date()), s.date().estimated(), s.date().basis(), s.counts());
    }

    public static Dto.Who who(HolderKey k) {
        return new Dto.Who(k.key(), k.entityId().orElse(null), k.name(), null, null, null, null);
    }

    static Dto.Who speaker(Speaker speaker, Optional<EntityRef> resolved) {
        if (!(speaker instanceof Speaker.Known k)) {
            return resolved.map(e -> new Dto.Who(e.id().value(), e.id().value(), e.name(), null, null, null, null)).orElse(null);
        }
        HolderKey key = resolved.map(e -> new HolderKey(Optional.of(e.id().value()), e.name()))
                .orElseGet(() -> new HolderKey(Optional.empty(), k.name()));
        // a speaker named by the title or the outlet has no mention in the text
        return new Dto.Who(key.key(), key.entityId().orElse(null), key.name(), k.inText().map(m -> k.surface()).orElse(null),
                k.inText().map(Span::start).orElse(null), k.inText().map(Span::end).orElse(null), null);
    }

    static Dto.Who holder(Holder h, Optional<EntityRef> resolved) {
        HolderKey key = resolved.map(e -> new HolderKey(Optional.of(e.id().value()), e.name()))
                .orElseGet(() -> new HolderKey(Optional.empty(), h.name()));
        return new Dto.Who(key.key(), key.entityId().orElse(null), key.name(), h.surface(), h.mention().start(),
                h.mention().end(), lower(h.type()));
    }

    public static Dto.Quote quote(StoredAttribution a) {
        return quote(a.id(), ref(a.article()), a.attribution(), a.speaker(), a.review());
    }

    static Dto.Quote quote(Long id, Dto.Ref article, Attribution a, Optional<EntityRef> resolved) {
        return quote(id, article, a, resolved, Optional.empty());
    }

    static Dto.Quote quote(Long id, Dto.Ref article, Attribution a, Optional<EntityRef> resolved, Optional<Review> review) {
        return new Dto.Quote(id, article, a.text(), a.content().start(), a.content().end(),
                a.fragments().stream().map(f -> new Dto.Range(f.start(), f.end())).toList(), a.direct(), lower(a.kind()),
                a.cueText(), speaker(a.speaker(), resolved), a.sentence(), a.confidence(),
                a.via().map(v -> speaker(v, Optional.empty())).orElse(null), a.rules(), review(review));
    }

    public Dto.Stance stance(StoredStance s) {
        return stance(s.id(), ref(s.article()), s.stance(), s.holder(), texts.apply(s.article().id()), s.review());
    }

    static Dto.Stance stance(Long id, Dto.Ref article, Stance s, Optional<EntityRef> resolved, Optional<String> text) {
        return stance(id, article, s, resolved, text, Optional.empty());
    }

    static Dto.Stance stance(Long id, Dto.Ref article, Stance s, Optional<EntityRef> resolved, Optional<String> text,
                             Optional<Review> review) {
        return new Dto.Stance(id, article, s.issue(), holder(s.holder(), resolved), s.position().label(), s.cues(),
                s.negated(), s.confidence(), evidence(s.evidence(), text), s.condition().map(c -> c.text()).orElse(null),
                s.condition().map(c -> c.kind().label()).orElse(null), s.shift(), date(s.date()), s.rules(), review(review));
    }

    static Dto.Review review(Optional<Review> review) {
        return review.map(r -> new Dto.Review(r.summary(), r.corrected(), r.by(), r.at().toString(), r.latest())).orElse(null);
    }

    public static Dto.Correction correction(Correction c) {
        return new Dto.Correction(c.id(), c.fact().label(), c.rowId(), c.article().value(), c.issue().isEmpty() ? null : c.issue(),
                c.span().start(), c.span().end(), c.action().label(), c.oldValue().orElse(null), c.newValue().orElse(null),
                c.note(), c.by(), c.at().toString(), c.undoes().orElse(null), c.undoneBy().orElse(null));
    }

    public Dto.Event event(StoredEvent e) {
        List<String> names = e.participants().stream().map(EntityRef::name).toList();
        return event(e.id(), ref(e.article()), e.event(), names, texts.apply(e.article().id()));
    }

    static Dto.Event event(Long id, Dto.Ref article, Event e, List<String> participants, Optional<String> text) {
        return new Dto.Event(id, article, e.kind(), e.status().label(),
                new Dto.Evidence(e.trigger().start(), e.trigger().end(), e.triggerText()),
                participants, e.when().map(w -> w.date().toString()).orElse(null),
                e.when().map(w -> lower(w.granularity())).orElse(null), e.estimated(), evidence(e.evidence(), text));
    }

    static Dto.Evidence evidence(Span span, Optional<String> text) {
        String t = text.filter(s -> span.end() <= s.length()).map(span::of).orElse("");
        return new Dto.Evidence(span.start(), span.end(), t);
    }

    public static Dto.Entity entity(EntitySummary s) {
        var e = s.entity();
        return new Dto.Entity(e.id().value(), e.name(), lower(e.type()), e.aliases().stream().sorted().toList(),
                e.roles().stream().sorted().toList(), s.mentions(), s.articles());
    }

    public Dto.HolderRow row(HolderStances r) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, List<Dto.Stance>> evidence = new LinkedHashMap<>();
        r.byPosition().forEach((position, list) -> {
            counts.put(position.label(), list.size());
            evidence.put(position.label(), list.stream().limit(EVIDENCE_PER_CELL).map(this::stance).toList());
        });
        return new Dto.HolderRow(who(r.holder()), r.issue(), counts, r.latest().label(), date(r.latestDate()), evidence);
    }

    public Dto.Shift shift(StanceShift s) {
        return new Dto.Shift(who(s.holder()), s.issue(), s.before().map(b -> b.stance().position().label()).orElse(null),
                s.after().stance().position().label(), s.reported(), s.before().map(this::stance).orElse(null), stance(s.after()));
    }

    public Dto.TimelineItem timeline(TimelineEntry e) {
        String sentence = e.kind() == TimelineEntry.Kind.EVENT ? evidence(e.evidence(), texts.apply(e.article().id())).text() : null;
        return new Dto.TimelineItem(lower(e.kind()), e.date().toString(), e.granularity(), e.id(), ref(e.article()),
                e.label(), e.text(), sentence, e.who(), new Dto.Range(e.evidence().start(), e.evidence().end()),
                e.status().map(EventStatus::label).orElse(null));
    }

    /** The whole article: text, what cleaning removed, sentences, and everything read from it. */
    public static Dto.Article article(StoredArticle s) {
        Article a = s.article();
        Dto.Ref ref = new Dto.Ref(a.id().value(), a.title(), a.outlet(), a.name(), date(s.date().date()));
        Optional<String> text = Optional.of(a.text());
        Map<String, String> names = new LinkedHashMap<>();
        for (LocalEntity e : s.entities()) names.put(e.key(), e.name());
        return new Dto.Article(a.id().value(), a.name(), a.title(), a.outlet(), a.author(), a.url(), a.source(),
                date(a.published()), date(s.date().date()), s.date().estimated(), s.date().basis(), a.text(),
                a.removed().stream().map(r -> new Dto.Removed(r.span().start(), r.span().end(), r.text(), r.reason())).toList(),
                s.sentences().stream().map(x -> new Dto.Sentence(x.index(), x.span().start(), x.span().end(), x.paragraph())).toList(),
                s.entities().stream().map(DtoMapper::localEntity).toList(),
                s.attributions().stream().map(q -> quote(null, ref, q, Optional.empty())).toList(),
                s.stances().stream().map(x -> stance(null, ref, x, Optional.empty(), text)).toList(),
                s.events().stream().map(e -> event(null, ref, e,
                        e.participants().stream().map(k -> names.getOrDefault(k, k)).toList(), text)).toList(),
                s.warnings().stream().map(Object::toString).toList(), a.metadata());
    }

    private static Dto.LocalEntity localEntity(LocalEntity e) {
        return new Dto.LocalEntity(e.key(), e.name(), lower(e.type()), e.aliases().stream().sorted().toList(),
                e.roles().stream().sorted().toList(),
                e.mentions().stream().map(m -> new Dto.Mention(m.span().start(), m.span().end(), m.surface(), lower(m.kind()))).toList());
    }
}
