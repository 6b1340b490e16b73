package org.parley.cli;

/** A problem the user can fix (a wrong option, a missing file); printed as one line, exit status 2. */
public final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
