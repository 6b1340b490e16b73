package org.parley.model;

/**
 * What kind of text an article is, which decides who its first-person words belong to.
 *
 * <ul>
 *   <li>{@link #NEWS}: a report in the third person; "I" outside quotes is the writer, nobody Parley names;</li>
 *   <li>{@link #TRANSCRIPT}: speaker turns ("Vladimir Putin: …", "Question: …"), inline or one per line; each
 *       turn's words are its speaker's;</li>
 *   <li>{@link #INTERVIEW}: a transcript of questions put to one person;</li>
 *   <li>{@link #SPEECH}: an address or speech in the first person by one speaker, named by the title, the
 *       outlet or a label opening it;</li>
 *   <li>{@link #READOUT}: an office's account of its principal's meetings and calls ("The President noted …").</li>
 * </ul>
 */
public enum DocumentKind {
    NEWS, TRANSCRIPT, INTERVIEW, SPEECH, READOUT;

    /** Whether the words of the document (or of its turns) are its speakers' own, verbatim. */
    public boolean verbatim() {
        return this == TRANSCRIPT || this == INTERVIEW || this == SPEECH;
    }
}
