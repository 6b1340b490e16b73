package org.parley.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One input to read: a file, or a stream such as stdin.
 *
 * @param name   what the user knows it by: the file name, or the name given for stdin
 * @param source where it is: the path, or the stream's name; problems and articles point here
 * @param size   its length in bytes when known before reading (files), empty for streams
 */
public record Input(String name, String source, Opener opener, OptionalLong size) {
    /** Opens the input's bytes; a stream input can be opened once. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public Input {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(opener, "opener is null");
        Objects.requireNonNull(size, "size is null");
    }

    public InputStream open() throws IOException {
        return opener.open();
    }
}
