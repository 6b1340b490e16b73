package org.parley.model;

/** The kinds of named things Parley tracks. A country or its government is one kind: both speak and take stances. */
public enum EntityType {
    PERSON, ORGANIZATION, GOVERNMENT, PLACE, OTHER
}
