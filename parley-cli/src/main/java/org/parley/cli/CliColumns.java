package org.parley.cli;

import org.parley.server.csv.CsvTable;

/**
 * The CSV columns of each listing of the command line, read from the same JSON objects {@code --format jsonl}
 * prints. They are documented in the README; a column is only ever added at the end, never renamed or moved.
 * Offsets ({@code start}, {@code end}) are UTF-16 offsets into the article text as given in the input.
 */
final class CliColumns {
    private CliColumns() {
    }

    static final CsvTable ARTICLES = CsvTable.of(
            "id", "/id", "name", "/name", "source", "/source", "outlet", "/outlet", "title", "/title",
            "published", "/published", "date", "/date", "date_estimated", "/date_estimated", "date_basis", "/date_basis",
            "quotes", "/quotes", "stances", "/stances", "entities", "/entities", "events", "/events",
            "stale", "/stale", "analyzer_version", "/analyzer_version");

    static final CsvTable ENTITIES = CsvTable.of(
            "id", "/id", "name", "/name", "type", "/type", "mentions", "/mentions", "articles", "/articles",
            "aliases", "/aliases", "roles", "/roles");

    /** The export's fields first, in its order, then what {@code quotes --json} adds. */
    static final CsvTable QUOTES = CsvTable.of(
            "article", "/article", "start", "/start", "end", "/end", "text", "/text", "direct", "/direct",
            "speaker", "/speaker", "speaker_start", "/speaker_start", "speaker_end", "/speaker_end", "cue", "/cue",
            "kind", "/kind", "article_id", "/article_id", "outlet", "/outlet", "date", "/date", "speaker_id", "/speaker_id",
            "id", "/id", "review", "/review/status");

    /** One row per holder and issue, with the first of its evidence listed; every piece of evidence is in the JSON. */
    static final CsvTable STANCES = CsvTable.of(
            "issue", "/issue", "holder", "/holder", "holder_key", "/holder_key", "stance", "/stance",
            "confidence", "/confidence", "support", "/counts/support", "oppose", "/counts/oppose", "mixed", "/counts/mixed",
            "neutral", "/counts/neutral", "first", "/first", "last", "/last",
            "evidence_article", "/evidence/0/article", "evidence_start", "/evidence/0/start",
            "evidence_end", "/evidence/0/end", "evidence_text", "/evidence/0/text", "evidence_date", "/evidence/0/date",
            "evidence_stance_id", "/evidence/0/stance_id", "evidence_review", "/evidence/0/review/status");

    /** {@code parley review list}: the review history, one row per entry. */
    static final CsvTable CORRECTIONS = CsvTable.of(
            "id", "/id", "fact", "/fact", "row_id", "/row_id", "article_id", "/article_id", "issue", "/issue",
            "start", "/start", "end", "/end", "action", "/action", "old_value", "/old_value", "new_value", "/new_value",
            "note", "/note", "by", "/by", "at", "/at", "undoes", "/undoes", "undone_by", "/undone_by");

    static final CsvTable SHIFTS = CsvTable.of(
            "holder", "/holder", "issue", "/issue", "from", "/from", "to", "/to", "reported", "/reported",
            "before_article", "/before/article", "before_start", "/before/start", "before_end", "/before/end",
            "before_text", "/before/text", "before_date", "/before/date",
            "after_article", "/after/article", "after_start", "/after/start", "after_end", "/after/end",
            "after_text", "/after/text", "after_date", "/after/date");

    /** One row per event, with its first source; every source is in the JSON. */
    static final CsvTable TIMELINE = CsvTable.of(
            "kind", "/kind", "status", "/status", "date", "/date", "granularity", "/granularity",
            "date_estimated", "/date_estimated", "outlets", "/outlets",
            "participants", "/participants", "source_article", "/sources/0/article", "source_start", "/sources/0/start",
            "source_end", "/sources/0/end", "source_text", "/sources/0/text", "source_outlet", "/sources/0/outlet");

    static final CsvTable SEARCH = CsvTable.of(
            "kind", "/kind", "article", "/article", "article_id", "/article_id", "score", "/score", "snippet", "/snippet",
            "quote_id", "/quote_id", "start", "/start", "end", "/end", "speaker", "/speaker");

    static final CsvTable STORIES = CsvTable.of(
            "id", "/id", "label", "/label", "first", "/first", "last", "/last", "article_count", "/article_count",
            "outlets", "/outlets");

    /** One row per claim, with its first source; every source is in the JSON. */
    static final CsvTable CLAIMS = CsvTable.of(
            "id", "/id", "text", "/text", "speaker", "/speaker", "direct", "/direct",
            "independent_outlets", "/independent_outlets", "first_article", "/sources/0/article",
            "first_outlet", "/sources/0/outlet", "first_start", "/sources/0/start", "first_end", "/sources/0/end");

    /** One row per conflict, with the first report of its first two sides; every report is in the JSON. */
    static final CsvTable CONFLICTS = CsvTable.of(
            "kind", "/kind", "subject", "/subject",
            "side_1", "/sides/0/value", "side_1_article", "/sides/0/evidence/0/article",
            "side_1_start", "/sides/0/evidence/0/start", "side_1_end", "/sides/0/evidence/0/end",
            "side_1_text", "/sides/0/evidence/0/text",
            "side_2", "/sides/1/value", "side_2_article", "/sides/1/evidence/0/article",
            "side_2_start", "/sides/1/evidence/0/start", "side_2_end", "/sides/1/evidence/0/end",
            "side_2_text", "/sides/1/evidence/0/text");

    static final CsvTable DUPES = CsvTable.of(
            "group", "/group", "size", "/size", "names", "/names");

    static final CsvTable ISSUES = CsvTable.of(
            "id", "/id", "name", "/name", "terms", "/terms");
}
