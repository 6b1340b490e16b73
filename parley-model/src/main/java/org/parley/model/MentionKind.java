package org.parley.model;

/** How an entity is referred to: by name ("Mark Rutte"), by role ("the NATO chief"), or by pronoun ("he"). */
public enum MentionKind {
    NAME, ROLE, PRONOUN
}
