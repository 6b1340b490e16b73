package org.parley.server.ops;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How a server runs as a service, besides what {@link org.parley.server.ServerConfig} says about listening.
 *
 * @param readToken the bearer token GET requests under {@code /api} and {@code /metrics} must carry; empty: reads
 *                  are open (the write token, when set, is accepted for reads too)
 * @param accessLog where the access log goes: empty for none, {@link #STDERR} for standard error, else a file
 *                  (appended to)
 */
public record OpsConfig(Optional<String> readToken, Optional<Path> accessLog) {
    /** The access-log "file" that means standard error. */
    public static final Path STDERR = Path.of("-");

    public OpsConfig {
        readToken = Objects.requireNonNull(readToken, "readToken is null").filter(t -> !t.isBlank());
        Objects.requireNonNull(accessLog, "accessLog is null");
        if (readToken.isPresent() && readToken.get().length() < 16) {
            throw new IllegalArgumentException("the read token has %d characters; give at least 16 (e.g. openssl rand -hex 24)"
                    .formatted(readToken.get().length()));
        }
    }

    /** Reads open to all, no access log. */
    public static OpsConfig defaults() {
        return new OpsConfig(Optional.empty(), Optional.empty());
    }

    public OpsConfig withReadToken(String token) {
        return new OpsConfig(Optional.ofNullable(token), accessLog);
    }

    public OpsConfig withAccessLog(Path where) {
        return new OpsConfig(readToken, Optional.ofNullable(where));
    }
}
