package org.parley.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.parley.model.Removal;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Speaker;
import org.parley.model.Stance;
import org.parley.model.When;
import org.parley.testkit.Docs;

/**
 * Builds an {@link ArticleAnalysis} by hand: spans are found by searching the text for the words given, so a test
 * reads like the article it describes. Entities are declared first; quotes, stances and events refer to them by name.
 */
final class ArticleBuilder {
    private final Article article;
    private final AnnotatedArticle annotated;
    private final Map<String, LocalEntity> entities = new LinkedHashMap<>();
    private final List<Attribution> attributions = new ArrayList<>();
    private final List<Stance> stances = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    private ArticleBuilder(Article article, String... ner) {
        this.article = article;
        this.annotated = Docs.annotated(article, ner);
    }

    /** {@code entities} as in {@link Docs#annotated}: "PERSON:Anna Berg", "GOVERNMENT:Freedonia" … */
    static ArticleBuilder article(String name, String outlet, String title, LocalDate published, String text, String... entities) {
        return withResidue(name, outlet, title, published, "", text, entities);
    }

    /** Like {@link #article}, with {@code residue} in front that the cleaner blanked (kept as a removal). */
    static ArticleBuilder withResidue(String name, String outlet, String title, LocalDate published, String residue, String body,
                                  String... entities) {
        String original = residue.isEmpty() ? body : residue + "\n" + body;
        String text = residue.isEmpty() ? body : " ".repeat(residue.length()) + "\n" + body;
        List<Removal> removed = residue.isEmpty() ? List.of()
                : List.of(new Removal(new Span(0, residue.length()), residue, "boilerplate"));
        Article a = Article.of(name, "fixture/" + name, outlet, title, "", "https://example.org/" + name,
                Optional.ofNullable(published), original, text, removed, Map.of());
        ArticleBuilder b = new ArticleBuilder(a, entities);
        for (String spec : entities) {
            int colon = spec.indexOf(':');
            b.entity(EntityType.valueOf(spec.substring(0, colon)), spec.substring(colon + 1));
        }
        return b;
    }

    String text() {
        return article.text();
    }

    /** Adds short forms ("Berg") as aliases of entity {@code name}, with their mentions. */
    ArticleBuilder alias(String name, String alias) {
        LocalEntity e = entities.get(name);
        List<EntityMention> mentions = new ArrayList<>(e.mentions());
        for (Span s : all(alias)) {
            if (mentions.stream().noneMatch(m -> m.span().overlaps(s))) {
                mentions.add(new EntityMention(s, alias, MentionKind.NAME, sentenceOf(s.start())));
            }
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        Set<String> aliases = new LinkedHashSet<>(e.aliases());
        aliases.add(alias);
        entities.put(name, new LocalEntity(e.key(), e.name(), e.type(), aliases, e.roles(), mentions));
        return this;
    }

    ArticleBuilder role(String name, String role) {
        LocalEntity e = entities.get(name);
        Set<String> roles = new LinkedHashSet<>(e.roles());
        roles.add(role);
        entities.put(name, new LocalEntity(e.key(), e.name(), e.type(), e.aliases(), roles, e.mentions()));
        return this;
    }

    private void entity(EntityType type, String name) {
        List<EntityMention> mentions = new ArrayList<>();
        for (Span s : all(name)) mentions.add(new EntityMention(s, name, MentionKind.NAME, sentenceOf(s.start())));
        entities.put(name, new LocalEntity("e" + entities.size(), name, type, Set.of(), Set.of(), mentions));
    }

    /** A quote of {@code words}; the speaker is the first {@code surface} after them (or before, if none after). */
    ArticleBuilder quote(String words, boolean direct, String surface, String entity) {
        Span content = find(words, 0);
        Span mention = near(surface, content);
        LocalEntity e = entities.get(entity);
        Speaker speaker = new Speaker.Known(mention, surface, e == null ? "" : e.key(), e == null ? surface : e.name());
        int said = text().indexOf("said", content.end());
        Optional<Span> cue = said >= 0 ? Optional.of(new Span(said, said + 4)) : Optional.empty();
        attributions.add(new Attribution(content, words, direct, AttributionKind.SPEECH, List.of(content), cue,
                cue.map(s -> s.of(text())).orElse(""), speaker, sentenceOf(content.start()), 0.9));
        return this;
    }

    /** A stance read from the sentence holding {@code evidenceWords}. */
    ArticleBuilder stance(String issue, String entity, Position position, String evidenceWords, LocalDate date, boolean shift) {
        Span words = find(evidenceWords, 0);
        Sentence sentence = annotated.sentences().get(sentenceOf(words.start()));
        LocalEntity e = entities.get(entity);
        Span mention = near(entity, words);
        stances.add(new Stance(issue, new Holder(mention, entity, e.key(), e.name(), e.type()), position, List.of("cue"),
                false, 0.8, sentence.span(), sentence.index(), Optional.empty(), shift, Optional.ofNullable(date), List.of()));
        return this;
    }

    ArticleBuilder event(String kind, String trigger, LocalDate when, String... participants) {
        return event(kind, trigger, when, EventStatus.HAPPENED, participants);
    }

    ArticleBuilder event(String kind, String trigger, LocalDate when, EventStatus status, String... participants) {
        Span t = find(trigger, 0);
        Sentence sentence = annotated.sentences().get(sentenceOf(t.start()));
        List<String> keys = new ArrayList<>();
        for (String p : participants) keys.add(entities.get(p).key());
        events.add(new Event(kind, t, trigger, keys, Optional.ofNullable(when).map(d -> new When(d, Granularity.DAY, d.toString())),
                sentence.span(), sentence.index(), status, false));
        return this;
    }

    ArticleAnalysis build() {
        DateEstimate date = article.published().isPresent()
                ? new DateEstimate(article.published(), false, "metadata") : DateEstimate.none();
        return Invariants.check(new ArticleAnalysis(annotated, date, List.copyOf(entities.values()), attributions, stances,
                events, List.of()));
    }

    /** The local key of entity {@code name}. */
    String key(String name) {
        return entities.get(name).key();
    }

    Map<String, LocalEntity> entities() {
        return entities;
    }

    private List<Span> all(String words) {
        List<Span> out = new ArrayList<>();
        for (int at = text().indexOf(words); at >= 0; at = text().indexOf(words, at + words.length())) {
            out.add(new Span(at, at + words.length()));
        }
        return out;
    }

    private Span find(String words, int from) {
        int at = text().indexOf(words, from);
        if (at < 0) throw new IllegalArgumentException("'" + words + "' is not in the text of " + article.name());
        return new Span(at, at + words.length());
    }

    private Span near(String surface, Span around) {
        int after = text().indexOf(surface, around.end());
        int before = text().lastIndexOf(surface, around.start());
        int at = after >= 0 ? after : before;
        if (at < 0) throw new IllegalArgumentException("'" + surface + "' is not in the text of " + article.name());
        return new Span(at, at + surface.length());
    }

    private int sentenceOf(int offset) {
        for (Sentence s : annotated.sentences()) if (s.span().start() <= offset && offset < s.span().end()) return s.index();
        return annotated.sentences().size() - 1;
    }
}
