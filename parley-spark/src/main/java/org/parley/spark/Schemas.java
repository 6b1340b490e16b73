package org.parley.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The row types of the job. Offsets ({@code start}, {@code end}) are UTF-16 offsets into {@code articles.text},
 * half-open, as everywhere in Parley; labels (type, kind, stance, granularity) are lower case.
 */
public final class Schemas {
    private Schemas() {
    }

    /** An article as read, carried from the reading stage to the analysis stage (not written). */
    public static final StructType ARTICLE_IN = struct(
            field("id", StringType, false), field("name", StringType, false), field("source", StringType, false),
            field("outlet", StringType, false), field("title", StringType, false), field("author", StringType, false),
            field("url", StringType, false), field("published", DateType, true),
            field("original_text", StringType, false), field("text", StringType, false),
            field("removed", createArrayType(struct(field("start", IntegerType, false), field("end", IntegerType, false),
                    field("text", StringType, false), field("reason", StringType, false)), false), false),
            field("metadata", createArrayType(struct(field("key", StringType, false),
                    field("value", StringType, false)), false), false));

    public static final StructType ERROR = struct(
            field("source", StringType, false), field("stage", StringType, false),
            field("message", StringType, false), field("hint", StringType, false));

    /** What the reading stage emits per record: an article, or the problem that stopped it. */
    public static final StructType READ = struct(field("article", ARTICLE_IN, true), field("error", ERROR, true));

    public static final StructType ARTICLE = struct(
            field("id", StringType, false), field("name", StringType, false), field("source", StringType, false),
            field("outlet", StringType, false), field("title", StringType, false), field("published", DateType, true),
            field("date", DateType, true), field("date_estimated", BooleanType, false),
            field("text", StringType, false), field("year", IntegerType, true));

    public static final StructType ENTITY = struct(
            field("key", StringType, false), field("name", StringType, false), field("type", StringType, false),
            field("roles", strings(), false), field("aliases", strings(), false));

    public static final StructType MENTION = struct(
            field("entity_key", StringType, false), field("start", IntegerType, false), field("end", IntegerType, false),
            field("surface", StringType, false), field("kind", StringType, false), field("sentence", IntegerType, false));

    public static final StructType QUOTE = struct(
            field("start", IntegerType, false), field("end", IntegerType, false), field("text", StringType, false),
            field("direct", BooleanType, false), field("kind", StringType, false), field("speaker", StringType, true),
            field("speaker_key", StringType, true), field("speaker_start", IntegerType, true),
            field("speaker_end", IntegerType, true), field("cue", StringType, false));

    public static final StructType STANCE = struct(
            field("issue", StringType, false), field("holder", StringType, false), field("holder_key", StringType, false),
            field("stance", StringType, false), field("confidence", DoubleType, false), field("start", IntegerType, false),
            field("end", IntegerType, false), field("cues", strings(), false), field("date", DateType, true),
            field("shift", BooleanType, false));

    public static final StructType EVENT = struct(
            field("kind", StringType, false), field("trigger", StringType, false), field("start", IntegerType, false),
            field("end", IntegerType, false), field("date", DateType, true), field("granularity", StringType, true),
            field("participants", strings(), false));

    /** One analysed article with everything found in it, or the problem that stopped its analysis. */
    public static final StructType ANALYSED = struct(
            field("article", ARTICLE, true), field("entities", createArrayType(ENTITY, false), true),
            field("mentions", createArrayType(MENTION, false), true), field("quotes", createArrayType(QUOTE, false), true),
            field("stances", createArrayType(STANCE, false), true), field("events", createArrayType(EVENT, false), true),
            field("signature", createArrayType(IntegerType, false), true), field("error", ERROR, true));

    public static final StructType ENTITY_LINK = struct(
            field("article", StringType, false), field("key", StringType, false),
            field("entity_id", StringType, false), field("canonical_name", StringType, false));

    public static final StructType BAND_KEY = struct(
            field("band", LongType, false), field("id", StringType, false));

    public static final StructType DUPLICATE = struct(
            field("a", StringType, false), field("b", StringType, false), field("similarity", DoubleType, false));

    static DataType strings() {
        return createArrayType(StringType, false);
    }

    static StructField field(String name, DataType type, boolean nullable) {
        return createStructField(name, type, nullable);
    }

    static StructType struct(StructField... fields) {
        return createStructType(List.of(fields));
    }
}
