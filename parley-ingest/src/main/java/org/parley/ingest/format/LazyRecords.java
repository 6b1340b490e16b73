package org.parley.ingest.format;

import java.io.IOException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.StageException;

/** Makes a lazy stream of a {@link Cursor}: the input is opened on the first element and closed with the stream. */
final class LazyRecords {
    private LazyRecords() {
    }

    static Stream<Outcome<Article>> stream(Supplier<Cursor> open) {
        Records records = new Records(open);
        return StreamSupport.stream(records, false).onClose(records::close);
    }

    private static final class Records extends Spliterators.AbstractSpliterator<Outcome<Article>> {
        private final Supplier<Cursor> open;
        private Cursor cursor;
        private boolean done;

        Records(Supplier<Cursor> open) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.open = open;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Outcome<Article>> action) {
            if (done) return false;
            if (cursor == null) {
                try {
                    cursor = open.get();
                } catch (StageException e) {
                    done = true;
                    action.accept(Outcome.failed(e.problem()));
                    return true;
                }
            }
            Outcome<Article> next = cursor.next();
            if (next == null) {
                done = true;
                close();
                return false;
            }
            action.accept(next);
            return true;
        }

        void close() {
            if (cursor == null) return;
            try {
                cursor.close();
            } catch (IOException e) {
                // Closing an input we only read cannot lose data; everything read has been delivered already.
            }
            cursor = null;
        }
    }
}
