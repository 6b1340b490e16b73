package org.parley.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.parley.ingest.ArticleReader;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.Problem;

/**
 * Reads the files of a partition with {@link ArticleReader#read(String, java.io.InputStream)} (the format is sniffed
 * from the content; a JSONL, feed or WARC file yields many articles) into {@link Schemas#READ} rows. Lazy: one file
 * open at a time, one record of it in memory. A file or record that cannot be read becomes an error row.
 */
public final class ReadFiles implements MapPartitionsFunction<String, Row> {
    private static final long serialVersionUID = 1L;
    private final AnalysisConfig config;

    public ReadFiles(AnalysisConfig config) {
        this.config = config;
    }

    @Override
    public Iterator<Row> call(Iterator<String> paths) {
        return new FileRows(Pipelines.get(config).reader(), paths, new Configuration());
    }

    /** The rows of file after file; closes each file when its last record has been read. */
    static final class FileRows implements Iterator<Row> {
        private final ArticleReader reader;
        private final Iterator<String> paths;
        private final Configuration conf;
        private Stream<Outcome<Article>> open;
        private Iterator<Outcome<Article>> records;
        private String current;
        private Row next;

        FileRows(ArticleReader reader, Iterator<String> paths, Configuration conf) {
            this.reader = reader;
            this.paths = paths;
            this.conf = conf;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (records != null && advance()) return true;
                close();
                if (!paths.hasNext()) return false;
                openNext(paths.next());
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) throw new NoSuchElementException();
            Row r = next;
            next = null;
            return r;
        }

        private boolean advance() {
            try {
                if (!records.hasNext()) return false;
                next = switch (records.next()) {
                    case Outcome.Done<Article> d -> RowFactory.create(ArticleRows.toRow(d.value()), null);
                    case Outcome.Failed<Article> f -> error(f.problem());
                };
            } catch (RuntimeException e) {
                // A reader bug on one record must not take the job down: report it and drop the rest of the file.
                next = error(new Problem(current, "read", "reading stopped: " + e, "report this as a Parley bug, with the file"));
                records = null;
            }
            return true;
        }

        private void openNext(String path) {
            current = path;
            try {
                Path p = new Path(path);
                InputStream in = p.getFileSystem(conf).open(p);
                open = reader.read(path, in).onClose(() -> closeQuietly(in));
                records = open.iterator();
            } catch (IOException e) {
                next = error(new Problem(path, "read", "cannot open: " + e.getMessage(), "check that the file exists and is readable"));
            }
        }

        private void close() {
            if (open != null) open.close();
            open = null;
            records = null;
        }

        private static Row error(Problem p) {
            return RowFactory.create(null, ArticleRows.toRow(p));
        }

        private static void closeQuietly(InputStream in) {
            try {
                in.close();
            } catch (IOException e) {
                // the records were read; a failing close of a read-only stream loses nothing
            }
        }
    }
}
