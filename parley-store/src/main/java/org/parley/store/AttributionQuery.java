package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.ArticleId;
import org.parley.model.AttributionKind;
import org.parley.model.EntityId;

/**
 * Which attributions to list; every filter given must hold. Start from {@link #all()}.
 *
 * @param speaker      the speaker resolved to this global entity
 * @param speakerName  part of the speaker's name, case-insensitive: the name in the article, the surface, or the
 *                     canonical name or an alias of the resolved entity
 * @param from         article date on or after (the metadata date, else the estimate)
 * @param to           article date on or before
 * @param textContains part of the quoted words, case-insensitive
 * @param issue        the article holds a stance on this issue read from the attribution's words or sentence
 * @param rejected     whether quotes that review rejected are listed too (marked by their
 *                     {@link StoredAttribution#review()}); they are left out by default
 */
public record AttributionQuery(Optional<EntityId> speaker, Optional<String> speakerName, Optional<ArticleId> article,
                               Optional<AttributionKind> kind, boolean directOnly, Optional<LocalDate> from,
                               Optional<LocalDate> to, Optional<String> textContains, Optional<String> issue,
                               boolean rejected) {
    public AttributionQuery {
        Objects.requireNonNull(speaker, "speaker is null");
        speakerName = Objects.requireNonNull(speakerName, "speakerName is null").filter(s -> !s.isBlank());
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        textContains = Objects.requireNonNull(textContains, "textContains is null").filter(s -> !s.isBlank());
        issue = Objects.requireNonNull(issue, "issue is null").filter(s -> !s.isBlank());
    }

    public static AttributionQuery all() {
        return new AttributionQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    public AttributionQuery withSpeaker(EntityId id) {
        return new AttributionQuery(Optional.of(id), speakerName, article, kind, directOnly, from, to, textContains, issue, rejected);
    }

    public AttributionQuery withSpeakerName(String name) {
        return new AttributionQuery(speaker, Optional.of(name), article, kind, directOnly, from, to, textContains, issue, rejected);
    }

    public AttributionQuery withArticle(ArticleId id) {
        return new AttributionQuery(speaker, speakerName, Optional.of(id), kind, directOnly, from, to, textContains, issue, rejected);
    }

    public AttributionQuery withKind(AttributionKind k) {
        return new AttributionQuery(speaker, speakerName, article, Optional.of(k), directOnly, from, to, textContains, issue, rejected);
    }

    public AttributionQuery onlyDirect() {
        return new AttributionQuery(speaker, speakerName, article, kind, true, from, to, textContains, issue, rejected);
    }

    public AttributionQuery between(LocalDate fromDate, LocalDate toDate) {
        return new AttributionQuery(speaker, speakerName, article, kind, directOnly, Optional.ofNullable(fromDate),
                Optional.ofNullable(toDate), textContains, issue, rejected);
    }

    public AttributionQuery withTextContaining(String text) {
        return new AttributionQuery(speaker, speakerName, article, kind, directOnly, from, to, Optional.of(text), issue, rejected);
    }

    public AttributionQuery withIssue(String id) {
        return new AttributionQuery(speaker, speakerName, article, kind, directOnly, from, to, textContains, Optional.of(id), rejected);
    }

    /** The same query, listing rejected quotes too. */
    public AttributionQuery withRejected() {
        return new AttributionQuery(speaker, speakerName, article, kind, directOnly, from, to, textContains, issue, true);
    }
}
