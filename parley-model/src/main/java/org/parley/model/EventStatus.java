package org.parley.model;

import java.util.Locale;

/**
 * Whether a reported event took place, per the article's own words. A timeline keeps these apart: a threatened
 * invasion is not the invasion, a planned summit not yet the summit.
 */
public enum EventStatus {
    /** Told as having taken place or taking place ("Russia invaded", "the talks were held", "today's meeting"). */
    HAPPENED,
    /** Arranged or intended ("will meet", "plans to visit", "is scheduled", "next week's summit"). */
    PLANNED,
    /** Threatened, feared or hypothetical ("threatens to invade", "could attack", "a possible invasion", "if"). */
    THREATENED,
    /** Said not to have happened or not to be intended ("did not meet", "has no plans to visit"). */
    DENIED;

    /** The lower-case name shown in listings and the API. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status named {@code label} (any case), or an error listing the valid names. */
    public static EventStatus parse(String label) {
        for (EventStatus s : values()) if (s.name().equalsIgnoreCase(label.strip())) return s;
        throw new IllegalArgumentException("'" + label + "' is not an event status; use happened, planned, threatened or denied");
    }
}
