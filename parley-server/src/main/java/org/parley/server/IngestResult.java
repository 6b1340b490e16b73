package org.parley.server;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.ArticleId;
import org.parley.model.Problem;

/**
 * What the ingest hook did with a posted article.
 *
 * @param article  the stored (or already stored) article; empty when it failed
 * @param problems warnings for a stored article, or why it failed
 */
public record IngestResult(Status status, Optional<ArticleId> article, List<Problem> problems) {
    /** STORED answers 201, UNCHANGED 200 (the same text was stored before), FAILED 422. */
    public enum Status {
        STORED, UNCHANGED, FAILED
    }

    public IngestResult {
        Objects.requireNonNull(status, "status is null");
        Objects.requireNonNull(article, "article is null");
        problems = List.copyOf(problems);
        if (status != Status.FAILED && article.isEmpty()) {
            throw new IllegalArgumentException("a " + status + " ingest result must name its article");
        }
        if (status == Status.FAILED && problems.isEmpty()) {
            throw new IllegalArgumentException("a failed ingest result must say why (at least one problem)");
        }
    }

    public static IngestResult stored(ArticleId id, List<Problem> warnings) {
        return new IngestResult(Status.STORED, Optional.of(id), warnings);
    }

    public static IngestResult unchanged(ArticleId id) {
        return new IngestResult(Status.UNCHANGED, Optional.of(id), List.of());
    }

    public static IngestResult failed(Problem problem) {
        return new IngestResult(Status.FAILED, Optional.empty(), List.of(problem));
    }
}
