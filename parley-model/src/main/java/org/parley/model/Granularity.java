package org.parley.model;

/** How precisely a date is known. */
public enum Granularity {
    DAY, WEEK, MONTH, YEAR
}
