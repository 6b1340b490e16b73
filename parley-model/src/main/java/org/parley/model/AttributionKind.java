package org.parley.model;

/**
 * What an attribution reports: something said, something believed, or something a report, poll or document
 * states. Users filter to {@link #SPEECH} to see only what people said.
 */
public enum AttributionKind {
    SPEECH, BELIEF, REPORT, OTHER
}
