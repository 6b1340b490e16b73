package org.parley.model;

/**
 * One step of the pipeline.
 *
 * <p>Contract:
 * <ol>
 *   <li>deterministic for a given input and {@link #version()};</li>
 *   <li>thread-safe: holds models and configuration, never per-document state, so the same instance serves a
 *       thread pool or a Spark partition;</li>
 *   <li>never returns null;</li>
 *   <li>throws {@link StageException} for input it cannot handle, never for a bug of its own.</li>
 * </ol>
 */
public interface Stage<I, O> {
    /** Short name used in problems, logs and provenance, e.g. {@code "quotes"}. */
    String name();

    /** Bumped when the output for the same input may change; stored with every result. */
    String version();

    O process(I input);
}
