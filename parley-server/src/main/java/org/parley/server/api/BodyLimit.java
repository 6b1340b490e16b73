package org.parley.server.api;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * Counts the bytes of every request body as they are read and stops at the limit. {@link Guard} refuses a
 * {@code Content-Length} over the limit before anything is read, but a body sent with
 * {@code Transfer-Encoding: chunked} has no length up front: without this count it was read in full (57 MB of a
 * 5 MB limit). Multipart forms are parsed by Jetty from the raw stream, under its own limits on the same size.
 */
final class BodyLimit implements Filter {
    private final long maxBytes;

    BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http) {
            chain.doFilter(new Limited(http, maxBytes), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The request exceeded the limit while its body was read. */
    static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "the request body is over the %d bytes this server accepts; send a smaller one"
                .formatted(maxBytes));
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream in;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) in = new Counting(super.getInputStream(), maxBytes);
            return in;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        Counting(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) throw tooLarge(maxBytes);
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
