package org.parley.server.outlet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reports that contradict each other, side by side and never resolved.
 *
 * @param subject what the sides disagree on: "holder / issue", the quote, or the event
 * @param sides   two or more versions ("SUPPORT" / "OPPOSE", a speaker's name, a date), each with its reports
 */
public record OutletConflict(Kind kind, String subject, List<Side> sides) {
    /** What two reports disagree on. */
    public enum Kind {
        /** One holder reported as supporting and as opposing one issue, by different outlets, close in time. */
        STANCE,
        /** One quote given to different speakers. */
        SPEAKER,
        /** One event given incompatible dates. */
        DATE
    }

    /** One version and every report giving it. */
    public record Side(String value, List<OutletEvidence> evidence) {
        public Side {
            Objects.requireNonNull(value, "value is null");
            evidence = List.copyOf(evidence);
            if (evidence.isEmpty()) throw new IllegalArgumentException("side '" + value + "' has no evidence");
        }
    }

    public OutletConflict {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(subject, "subject is null");
        sides = List.copyOf(sides);
        if (sides.size() < 2) {
            throw new IllegalArgumentException("%s conflict on '%s' needs two sides, got %d".formatted(kind, subject, sides.size()));
        }
    }

    /**
     * {@code <kind>-<12 hex digits>} from the kind, subject and every report: the same for the same stored facts, so
     * links to a conflict survive a refresh of the server's snapshot that does not touch it.
     */
    public String id() {
        StringBuilder key = new StringBuilder(kind.name()).append('\n').append(subject);
        for (Side s : sides) {
            key.append('\n').append(s.value());
            for (OutletEvidence e : s.evidence()) key.append('|').append(e.article().value()).append('@').append(e.span());
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return kind.name().toLowerCase(Locale.ROOT) + "-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
