package org.parley.server.api;

import java.util.List;
import java.util.Map;
import org.parley.store.ArticleSummary;

/**
 * The JSON shapes of the API (written with snake_case names; absent values are left out). Dates are ISO
 * {@code YYYY-MM-DD} strings; offsets are UTF-16 offsets into the article's {@code text}.
 */
public final class Dto {
    private Dto() {
    }

    /** A page of a listing; pass {@code next_cursor} as {@code cursor} to read on (absent on the last page). */
    public record PageOf<T>(List<T> items, String nextCursor) {
    }

    /** A search page: the hits, how many matched in all, and the next page's cursor. */
    public record SearchPage(List<Hit> items, long total, String nextCursor) {
    }

    /** The article a fact was read in. */
    public record Ref(String id, String title, String outlet, String name, String date) {
    }

    public record Range(int start, int end) {
    }

    public record Evidence(int start, int end, String text) {
    }

    /**
     * Who said or holds something.
     *
     * @param key       the person's key in links: the entity id, or {@code name:<lower-cased name>}
     * @param entityId  the resolved global entity, when there is one
     * @param surface   how the article names them at this place
     */
    public record Who(String key, String entityId, String name, String surface, Integer start, Integer end, String type) {
    }

    public record ArticleItem(String id, String name, String title, String outlet, String source, String published,
                              String date, boolean dateEstimated, String dateBasis, ArticleSummary.Counts counts) {
    }

    public record Article(String id, String name, String title, String outlet, String author, String url,
                          String source, String published, String date, boolean dateEstimated, String dateBasis,
                          String text, List<Removed> removed, List<Sentence> sentences, List<LocalEntity> entities,
                          List<Quote> quotes, List<Stance> stances, List<Event> events, List<String> warnings,
                          Map<String, String> metadata) {
    }

    public record Removed(int start, int end, String text, String reason) {
    }

    public record Sentence(int index, int start, int end, int paragraph) {
    }

    public record LocalEntity(String key, String name, String type, List<String> aliases, List<String> roles,
                              List<Mention> mentions) {
    }

    public record Mention(int start, int end, String surface, String kind) {
    }

    /** A quote or reported speech; {@code id} is absent inside an article (the article is the context there). */
    public record Quote(Long id, Ref article, String text, int start, int end, List<Range> fragments, boolean direct,
                        String kind, String cue, Who speaker, int sentence, double confidence, Who via, List<String> rules,
                        Review review) {
    }

    /**
     * What people's review did to a stance or quote (absent when nobody reviewed it): {@code status} is confirmed,
     * rejected, corrected or "confirmed, corrected"; {@code corrected} holds each corrected field's extracted value.
     */
    public record Review(String status, Map<String, String> corrected, String by, String at, long correction) {
    }

    /** One entry of the review history ({@code action} undo retracts entry {@code undoes}). */
    public record Correction(long id, String fact, long rowId, String articleId, String issue, int start, int end,
                             String action, String oldValue, String newValue, String note, String by, String at,
                             Long undoes, Long undoneBy) {
    }

    /** The body of a review: an action (confirm, reject, set-holder, set-polarity, set-condition, set-speaker), a value, a note. */
    public record ReviewRequest(String action, String value, String note) {
    }

    public record Stance(Long id, Ref article, String issue, Who holder, String position, List<String> cues,
                         boolean negated, double confidence, Evidence evidence, String condition, String conditionKind,
                         boolean shift, String date, List<String> rules, Review review) {
    }

    public record Event(Long id, Ref article, String kind, String status, Evidence trigger, List<String> participants, String date,
                        String granularity, boolean dateEstimated, Evidence evidence) {
    }

    public record Entity(String id, String name, String type, List<String> aliases, List<String> roles, int mentions,
                         int articles) {
    }

    /** A row of the issue matrix: one holder's statements on one issue, per position. */
    public record HolderRow(Who holder, String issue, Map<String, Integer> counts, String latest, String latestDate,
                            Map<String, List<Stance>> evidence) {
    }

    public record Shift(Who holder, String issue, String from, String to, boolean reported, Stance before, Stance after) {
    }

    /** {@code text} is the quote, or the words naming the event; {@code sentence} the event's evidence sentence. */
    public record TimelineItem(String type, String date, String granularity, long id, Ref article, String label,
                               String text, String sentence, List<String> who, Range evidence, String status) {
    }

    /** A search hit; marks are offsets into {@code snippet}; {@code evidence} is the quote's span in the article. */
    public record Hit(String kind, Ref article, Long quoteId, double score, String snippet, List<Range> marks,
                      Range evidence, Who speaker) {
    }

    public record Overview(Totals totals, List<OutletDay> articlesByOutletDate, List<Count> outlets,
                           List<SpeakerCount> topSpeakers, List<Issue> issues) {
    }

    public record Totals(long articles, long quotes, long stances, long events, long entities) {
    }

    public record OutletDay(String outlet, String date, int articles) {
    }

    public record Count(String name, int count) {
    }

    public record SpeakerCount(Who speaker, int quotes) {
    }

    /** @param name the issue's name from the issues file the server was started with, when it has one */
    public record Issue(String issue, int stances, int holders, Map<String, Integer> positions, String name) {
    }

    public record Ingested(String status, String articleId, List<String> problems) {
    }
}
