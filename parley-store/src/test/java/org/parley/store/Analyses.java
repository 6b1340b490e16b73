package org.parley.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.Attribution;
import org.parley.model.AttributionKind;
import org.parley.model.DateEstimate;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.Event;
import org.parley.model.EventStatus;
import org.parley.model.Granularity;
import org.parley.model.Holder;
import org.parley.model.Invariants;
import org.parley.model.LocalEntity;
import org.parley.model.MentionKind;
import org.parley.model.Position;
import org.parley.model.Problem;
import org.parley.model.Removal;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Speaker;
import org.parley.model.Stance;
import org.parley.model.TimeMention;
import org.parley.model.When;
import org.parley.testkit.Docs;

/**
 * Builds an {@link ArticleAnalysis} by hand for store tests: spans are found by searching the text for the words
 * given, so a test reads like the article it describes.
 */
final class Analyses {
    private final String name;
    private final String outlet;
    private final LocalDate published;
    private final String text;
    private final String residue;
    private final List<LocalEntity> entities = new ArrayList<>();
    private final List<String> nerSpecs = new ArrayList<>();
    private final List<Attribution> attributions = new ArrayList<>();
    private final List<Stance> stances = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final List<TimeMention> times = new ArrayList<>();

    private Analyses(String name, String outlet, LocalDate published, String text, String residue) {
        this.name = name;
        this.outlet = outlet;
        this.published = published;
        this.text = residue.isEmpty() ? text : " ".repeat(residue.length()) + "\n" + text;
        this.residue = residue;
    }

    /** An article whose text is {@code text}; {@code published} may be null (the date is then unknown). */
    static Analyses article(String name, String outlet, LocalDate published, String text) {
        return new Analyses(name, outlet, published, text, "");
    }

    /** Like {@link #article}, with {@code residue} in front that the cleaner blanked (kept as a removal). */
    static Analyses withResidue(String name, String outlet, LocalDate published, String residue, String text) {
        return new Analyses(name, outlet, published, text, residue);
    }

    /** A local entity named {@code forms[0]}, mentioned wherever any of {@code forms} occurs. */
    Analyses entity(String key, EntityType type, String... forms) {
        List<EntityMention> mentions = new ArrayList<>();
        Set<String> aliases = new LinkedHashSet<>();
        for (String form : forms) {
            if (!form.equals(forms[0])) aliases.add(form);
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
                Span span = new Span(at, at + form.length());
                boolean inside = mentions.stream().anyMatch(m -> m.span().overlaps(span));
                if (!inside) mentions.add(new EntityMention(span, form, MentionKind.NAME, 0));
            }
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        entities.add(new LocalEntity(key, forms[0], type, aliases, Set.of(), mentions));
        nerSpecs.add(type.name() + ":" + forms[0]);
        return this;
    }

    Analyses roles(String key, String... roles) {
        for (int i = 0; i < entities.size(); i++) {
            LocalEntity e = entities.get(i);
            if (e.key().equals(key)) {
                entities.set(i, new LocalEntity(e.key(), e.name(), e.type(), e.aliases(), Set.of(roles), e.mentions()));
            }
        }
        return this;
    }

    /** A quote of {@code words}, attributed to {@code surface} (found after the words) resolving to {@code key}. */
    Analyses quote(String words, boolean direct, AttributionKind kind, String surface, String key, String canonical) {
        Span content = find(words, 0);
        Speaker speaker = surface == null ? Speaker.unknown()
                : new Speaker.Known(findNear(surface, content.end()), surface, key, canonical);
        Optional<Span> cue = text.indexOf(" said", content.end()) >= 0
                ? Optional.of(find("said", content.end())) : Optional.empty();
        attributions.add(new Attribution(content, words, direct, kind, List.of(content), cue,
                cue.map(s -> s.of(text)).orElse(""), speaker, 0, 0.9));
        return this;
    }

    /** A split quote: two pieces of one quotation with the reporting clause between them. */
    Analyses splitQuote(String first, String second, String surface, String key, String canonical) {
        Span a = find(first, 0);
        Span b = find(second, a.end());
        Span content = new Span(a.start(), b.end());
        attributions.add(new Attribution(content, content.of(text), true, AttributionKind.SPEECH, List.of(a, b),
                Optional.of(find("said", a.end())), "said", new Speaker.Known(find(surface, a.end()), surface, key, canonical),
                0, 0.8));
        return this;
    }

    Analyses stance(String issue, String surface, String key, String canonical, Position position, String evidence,
                    LocalDate date) {
        Span ev = find(evidence, 0);
        Span mention = findNear(surface, ev.start());
        stances.add(new Stance(issue, new Holder(mention, surface, key, canonical, EntityType.PERSON), position,
                List.of("must"), false, 0.7, ev, 0, Optional.empty(), false, Optional.ofNullable(date), List.of()));
        return this;
    }

    Analyses event(String kind, String trigger, LocalDate when, String... participants) {
        Span t = find(trigger, 0);
        events.add(new Event(kind, t, trigger, List.of(participants),
                Optional.ofNullable(when).map(d -> new When(d, Granularity.DAY, d.toString())), t, 0));
        return this;
    }

    /** An event with its status, dated {@code when} and, if {@code estimated}, only by the article's date. */
    Analyses event(String kind, String trigger, LocalDate when, EventStatus status, boolean estimated, String... participants) {
        Span t = find(trigger, 0);
        events.add(new Event(kind, t, trigger, List.of(participants),
                Optional.ofNullable(when).map(d -> new When(d, Granularity.DAY, d.toString())), t, 0, status, estimated));
        return this;
    }

    /** A time expression at {@code words}, normalised to {@code value}. */
    Analyses time(String words, String value) {
        times.add(new TimeMention(find(words, 0), words, value, "DATE", 0));
        return this;
    }

    Analyses warning(String message) {
        warnings.add(new Problem(name, "quotes", message, "check the source"));
        return this;
    }

    ArticleAnalysis build() {
        String original = residue.isEmpty() ? text : residue + text.substring(residue.length());
        List<Removal> removed = residue.isEmpty() ? List.of()
                : List.of(new Removal(new Span(0, residue.length()), residue, "boilerplate"));
        Article article = Article.of(name, "/corpus/" + name, outlet, "Title of " + name, "A. Writer",
                "https://example.org/" + name, Optional.ofNullable(published), original, text, removed,
                Map.of("section", "world", "lang", "en"));
        AnnotatedArticle plain = Docs.annotated(article, nerSpecs.toArray(String[]::new));
        AnnotatedArticle annotated = new AnnotatedArticle(article, plain.sentences(), plain.tokens(), plain.mentions(),
                times.stream().map(t -> new TimeMention(t.span(), t.surface(), t.value(), t.type(), sentenceOf(plain, t.span())))
                        .toList(), plain.annotator());
        DateEstimate date = published != null ? new DateEstimate(Optional.of(published), false, "metadata")
                : DateEstimate.none();
        ArticleAnalysis analysis = new ArticleAnalysis(annotated, date, fixSentences(annotated, entities),
                fixAttributions(annotated), stances, events, warnings);
        return analysis;
    }

    /** Checked analysis: what a real pipeline would hand over. */
    ArticleAnalysis checked() {
        return Invariants.check(build());
    }

    private static List<LocalEntity> fixSentences(AnnotatedArticle doc, List<LocalEntity> entities) {
        return entities.stream().map(e -> new LocalEntity(e.key(), e.name(), e.type(), e.aliases(), e.roles(),
                e.mentions().stream().map(m -> new EntityMention(m.span(), m.surface(), m.kind(), sentenceOf(doc, m.span())))
                        .toList())).toList();
    }

    private List<Attribution> fixAttributions(AnnotatedArticle doc) {
        return attributions.stream().map(a -> new Attribution(a.content(), a.text(), a.direct(), a.kind(), a.fragments(),
                a.cue(), a.cueText(), a.speaker(), sentenceOf(doc, a.content()), a.confidence())).toList();
    }

    private static int sentenceOf(AnnotatedArticle doc, Span span) {
        for (Sentence s : doc.sentences()) if (s.span().start() <= span.start() && span.start() < s.span().end()) return s.index();
        return 0;
    }

    private Span find(String words, int from) {
        int at = text.indexOf(words, from);
        if (at < 0) throw new IllegalArgumentException("'" + words + "' is not in the text of " + name);
        return new Span(at, at + words.length());
    }

    /** The occurrence of {@code words} after {@code from}, else the last one before it. */
    private Span findNear(String words, int from) {
        int at = text.indexOf(words, from);
        if (at < 0) at = text.lastIndexOf(words, from);
        if (at < 0) throw new IllegalArgumentException("'" + words + "' is not in the text of " + name);
        return new Span(at, at + words.length());
    }
}
