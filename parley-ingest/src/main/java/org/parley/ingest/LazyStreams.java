package org.parley.ingest;

import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams of streams made on demand, pulled one element at a time. {@link Stream#flatMap} is not used on
 * purpose: behind {@code iterator()} it pushes a whole inner stream into a buffer, which would read every file of
 * a folder, or every record of a JSONL file, before the caller saw the first article.
 */
final class LazyStreams {
    private LazyStreams() {
    }

    /** The elements of {@code open(s)} for each source in order; each inner stream is opened when reached and closed when done. */
    static <S, T> Stream<T> concat(List<S> sources, Function<S, Stream<T>> open) {
        Chain<S, T> chain = new Chain<>(List.copyOf(sources), open);
        return StreamSupport.stream(chain, false).onClose(chain::close);
    }

    private static final class Chain<S, T> extends Spliterators.AbstractSpliterator<T> {
        private final List<S> sources;
        private final Function<S, Stream<T>> open;
        private int next;
        private Stream<T> current;
        private Spliterator<T> split;

        Chain(List<S> sources, Function<S, Stream<T>> open) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.sources = sources;
            this.open = open;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            while (true) {
                if (current == null) {
                    if (next >= sources.size()) return false;
                    current = open.apply(sources.get(next++));
                    split = current.spliterator();
                }
                if (split.tryAdvance(action)) return true;
                close();
            }
        }

        void close() {
            if (current != null) {
                Stream<T> done = current;
                current = null;
                split = null;
                done.close();
            }
        }
    }
}
