package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkSmokeTest {
    @Test
    void spark_writes_and_reads_parquet_on_this_jdk(@TempDir Path dir) {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("smoke").getOrCreate();
        try {
            Dataset<String> words = spark.createDataset(List.of("a", "b", "c"), Encoders.STRING());
            words.write().mode("overwrite").parquet(dir.resolve("w").toString());
            List<Row> back = spark.read().parquet(dir.resolve("w").toString()).orderBy("value").collectAsList();
            assertThat(back).extracting(r -> r.getString(0)).containsExactly("a", "b", "c");
        } finally {
            spark.stop();
        }
    }
}
