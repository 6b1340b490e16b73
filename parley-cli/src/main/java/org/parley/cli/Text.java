package org.parley.cli;

import org.parley.model.DateEstimate;
import org.parley.model.Speaker;
import org.parley.store.EntityRef;
import org.parley.store.StoredAttribution;

/** Small helpers for the CLI's tables. */
final class Text {
    private Text() {
    }

    static String cut(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, Math.max(0, max - 1)) + "…";
    }

    /** The date, with a tilde when it is estimated from the content rather than read from metadata. */
    static String date(DateEstimate d) {
        return d.date().map(x -> (d.estimated() ? "~" : "") + x).orElse("-");
    }

    /** Who said it: the resolved entity's name, else the name in the article, else "(speaker unknown)". */
    static String speaker(StoredAttribution q) {
        return switch (q.attribution().speaker()) {
            case Speaker.Known k -> q.speaker().map(EntityRef::name).orElse(k.name());
            case Speaker.Unknown u -> "(speaker unknown)";
        };
    }
}
