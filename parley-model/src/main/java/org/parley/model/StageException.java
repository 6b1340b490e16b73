package org.parley.model;

/** Thrown by a stage for input it cannot handle; the batch runner turns it into a {@link Problem} and goes on. */
public class StageException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Problem problem;

    public StageException(String stage, String source, String message, String hint) {
        this(new Problem(source, stage, message, hint), null);
    }

    public StageException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
