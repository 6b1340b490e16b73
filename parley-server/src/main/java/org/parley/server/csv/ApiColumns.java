package org.parley.server.csv;

/**
 * The CSV columns of each API listing, read from the listing's JSON items (snake_case, see {@code Dto}). They are
 * part of the API: the README documents them, and a column is only ever added at the end, never renamed or moved.
 * Offsets are UTF-16 offsets into the article's text, as in the JSON.
 */
public final class ApiColumns {
    private ApiColumns() {
    }

    public static final CsvTable ARTICLES = CsvTable.of(
            "id", "/id", "name", "/name", "title", "/title", "outlet", "/outlet", "source", "/source",
            "published", "/published", "date", "/date", "date_estimated", "/date_estimated", "date_basis", "/date_basis",
            "quotes", "/counts/attributions", "stances", "/counts/stances", "entities", "/counts/entities",
            "events", "/counts/events");

    public static final CsvTable ENTITIES = CsvTable.of(
            "id", "/id", "name", "/name", "type", "/type", "mentions", "/mentions", "articles", "/articles",
            "aliases", "/aliases", "roles", "/roles");

    public static final CsvTable QUOTES = CsvTable.of(
            "id", "/id", "article_id", "/article/id", "article", "/article/name", "outlet", "/article/outlet",
            "date", "/article/date", "speaker", "/speaker/name", "speaker_id", "/speaker/entity_id",
            "speaker_start", "/speaker/start", "speaker_end", "/speaker/end", "cue", "/cue", "kind", "/kind",
            "direct", "/direct", "start", "/start", "end", "/end", "text", "/text", "sentence", "/sentence",
            "confidence", "/confidence", "review", "/review/status");

    public static final CsvTable STANCES = CsvTable.of(
            "id", "/id", "article_id", "/article/id", "article", "/article/name", "outlet", "/article/outlet",
            "date", "/date", "issue", "/issue", "holder", "/holder/name", "holder_id", "/holder/entity_id",
            "position", "/position", "confidence", "/confidence", "negated", "/negated", "shift", "/shift",
            "condition", "/condition", "cues", "/cues", "start", "/evidence/start", "end", "/evidence/end",
            "text", "/evidence/text", "review", "/review/status");

    /** The review history, one row per entry (GET /api/corrections). */
    public static final CsvTable CORRECTIONS = CsvTable.of(
            "id", "/id", "fact", "/fact", "row_id", "/row_id", "article_id", "/article_id", "issue", "/issue",
            "start", "/start", "end", "/end", "action", "/action", "old_value", "/old_value", "new_value", "/new_value",
            "note", "/note", "by", "/by", "at", "/at", "undoes", "/undoes", "undone_by", "/undone_by");

    /** One row per holder and issue; the evidence of each cell is in the JSON only. */
    public static final CsvTable MATRIX = CsvTable.of(
            "holder", "/holder/name", "holder_id", "/holder/entity_id", "holder_key", "/holder/key", "issue", "/issue",
            "support", "/counts/support", "oppose", "/counts/oppose", "mixed", "/counts/mixed",
            "neutral", "/counts/neutral", "latest", "/latest", "latest_date", "/latest_date");

    public static final CsvTable ISSUES = CsvTable.of(
            "issue", "/issue", "stances", "/stances", "holders", "/holders", "support", "/positions/support",
            "oppose", "/positions/oppose", "mixed", "/positions/mixed", "neutral", "/positions/neutral");

    public static final CsvTable SHIFTS = CsvTable.of(
            "holder", "/holder/name", "holder_id", "/holder/entity_id", "issue", "/issue", "from", "/from", "to", "/to",
            "reported", "/reported",
            "before_article", "/before/article/name", "before_date", "/before/date",
            "before_start", "/before/evidence/start", "before_end", "/before/evidence/end", "before_text", "/before/evidence/text",
            "after_article", "/after/article/name", "after_date", "/after/date",
            "after_start", "/after/evidence/start", "after_end", "/after/evidence/end", "after_text", "/after/evidence/text");

    public static final CsvTable TIMELINE = CsvTable.of(
            "type", "/type", "date", "/date", "granularity", "/granularity", "id", "/id", "article_id", "/article/id",
            "article", "/article/name", "outlet", "/article/outlet", "label", "/label", "text", "/text", "who", "/who",
            "start", "/evidence/start", "end", "/evidence/end", "status", "/status");

    public static final CsvTable SEARCH = CsvTable.of(
            "kind", "/kind", "article_id", "/article/id", "article", "/article/name", "outlet", "/article/outlet",
            "date", "/article/date", "quote_id", "/quote_id", "score", "/score", "speaker", "/speaker/name",
            "start", "/evidence/start", "end", "/evidence/end", "snippet", "/snippet");

    public static final CsvTable STORIES = CsvTable.of(
            "id", "/id", "label", "/label", "first", "/first", "last", "/last", "article_count", "/article_count",
            "outlets", "/outlets", "claims", "/claims", "corroborated", "/corroborated", "conflicts", "/conflicts");

    /** One row per claim, with its first source; every source is in the JSON. */
    public static final CsvTable CLAIMS = CsvTable.of(
            "id", "/id", "text", "/text", "speaker", "/speaker", "direct", "/direct",
            "independent_outlets", "/independent_outlets", "corroborated", "/corroborated", "stories", "/stories",
            "first_article", "/sources/0/article/name", "first_outlet", "/sources/0/article/outlet",
            "first_start", "/sources/0/evidence/start", "first_end", "/sources/0/evidence/end");

    /** One row per conflict, with the first report of its first two sides; every report is in the JSON. */
    public static final CsvTable CONFLICTS = CsvTable.of(
            "id", "/id", "kind", "/kind", "subject", "/subject", "stories", "/stories",
            "side_1", "/sides/0/value", "side_1_article", "/sides/0/evidence/0/article/name",
            "side_1_start", "/sides/0/evidence/0/evidence/start", "side_1_end", "/sides/0/evidence/0/evidence/end",
            "side_1_text", "/sides/0/evidence/0/evidence/text",
            "side_2", "/sides/1/value", "side_2_article", "/sides/1/evidence/0/article/name",
            "side_2_start", "/sides/1/evidence/0/evidence/start", "side_2_end", "/sides/1/evidence/0/evidence/end",
            "side_2_text", "/sides/1/evidence/0/evidence/text");

    /** The map's parties: one row per party, its position at the map's date, conditions and latest evidence. */
    public static final CsvTable MAP = CsvTable.of(
            "issue", "/issue", "party", "/party/name", "party_key", "/party/key", "position", "/position", "label", "/label",
            "confidence", "/confidence", "counted", "/counted", "not_counted", "/not_counted", "members", "/member_names",
            "conditions", "/conditionals", "demands", "/demands", "red_lines", "/red_lines",
            "last_date", "/last/date", "last_speaker", "/last/speaker/name", "last_article_id", "/last/article/id",
            "last_article", "/last/article/name", "last_start", "/last/evidence/start", "last_end", "/last/evidence/end",
            "last_text", "/last/evidence/text");

    /** The map's lanes: one row per segment of a party's positions over time. */
    public static final CsvTable MAP_LANES = CsvTable.of(
            "issue", "/issue", "party", "/party/name", "party_key", "/party/key", "from", "/from", "to", "/to",
            "position", "/position", "statements", "/count", "first_date", "/first/date", "first_speaker", "/first/speaker/name",
            "first_article_id", "/first/article/id", "first_start", "/first/evidence/start", "first_end", "/first/evidence/end",
            "first_text", "/first/evidence/text");

    /** Pairs of parties: where they overlap and where they are irreconcilable. */
    public static final CsvTable MAP_OVERLAPS = CsvTable.of(
            "issue", "/issue", "party_a", "/a/name", "party_b", "/b/name", "kind", "/kind", "reason", "/reason",
            "conditions", "/condition_texts");

    /** What changed since a date: new positions, shifts, reported shifts and new conditions, each with its evidence. */
    public static final CsvTable CHANGES = CsvTable.of(
            "issue", "/issue", "issue_name", "/issue_name", "date", "/date", "kind", "/kind", "party", "/party/name",
            "from", "/from", "to", "/to", "condition_kind", "/condition/kind", "condition", "/condition/text",
            "speaker", "/evidence/speaker/name", "article_id", "/evidence/article/id", "article", "/evidence/article/name",
            "outlet", "/evidence/article/outlet", "start", "/evidence/evidence/start", "end", "/evidence/evidence/end",
            "text", "/evidence/evidence/text");
}
