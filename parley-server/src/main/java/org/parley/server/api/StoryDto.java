package org.parley.server.api;

import java.util.List;

/**
 * The JSON shapes of stories, claims, conflicts and the marks that badge quotes and stances, in the conventions of
 * {@link Dto} (snake_case names, absent values left out, UTF-16 offsets into the article's text). Kept apart from
 * {@link Dto} because they come from the cross-outlet views, not from store rows.
 */
public final class StoryDto {
    private StoryDto() {
    }

    /**
     * A story in a listing.
     *
     * @param people resolved persons its articles mention, most mentioned first
     * @param issues issues its articles hold stances on, most stances first
     */
    public record Story(String id, String label, String first, String last, int articleCount, List<String> outlets,
                        List<Person> people, List<IssueCount> issues, int claims, int corroborated, int conflicts) {
    }

    public record Person(Dto.Who person, int mentions) {
    }

    public record IssueCount(String issue, int stances) {
    }

    /** A story with its articles (in the order they joined it), the claims its articles carry and its conflicts. */
    public record StoryDetail(Story story, List<Dto.Ref> articles, List<Claim> claims, List<Conflict> conflicts) {
    }

    /**
     * A quote or reported claim carried by two or more articles.
     *
     * @param independentOutlets outlets carrying it, syndicated copies counted once
     * @param corroborated       carried by two or more independent outlets
     * @param stories            the stories of the articles carrying it
     */
    public record Claim(String id, String text, String speaker, boolean direct, int independentOutlets,
                        boolean corroborated, List<String> stories, List<Source> sources) {
    }

    /** One article carrying a claim; {@code quote_id} is the stored quote (for /api/quotes), when known. */
    public record Source(Dto.Ref article, Dto.Evidence evidence, String speaker, boolean direct, Long quoteId) {
    }

    /** Reports that contradict each other, never resolved; {@code kind} is stance, speaker or date. */
    public record Conflict(String id, String kind, String subject, List<String> stories, List<Side> sides) {
    }

    /** One version ("support", a speaker's name, a date) with every report giving it. */
    public record Side(String value, List<Report> evidence) {
    }

    public record Report(Dto.Ref article, Dto.Evidence evidence, String speaker, String date) {
    }

    /**
     * A badge for the quote or stance read at {@code article}'s [start, end): the claim it belongs to when two or
     * more independent outlets carry it, and the conflicts it is part of.
     */
    public record Mark(String article, int start, int end, String claimId, Integer independentOutlets,
                       List<ConflictRef> conflicts) {
    }

    /** @param side the side this report is on */
    public record ConflictRef(String id, String kind, String subject, String side) {
    }
}
