package org.parley.store.internal;

import java.util.List;
import org.parley.store.Correction;

/**
 * What one fact's history adds up to: for the verdict and for each corrected value, the latest entry in force
 * wins (a later confirm replaces an earlier reject; undoing the later one brings the earlier one back). Fields
 * are null when no entry in force sets them; {@code conditionText} is "" when the condition was corrected to none.
 */
record ReviewState(String verdict, String holder, String speaker, String polarity, String conditionKind,
                   String conditionText, Integer conditionStart, Integer conditionEnd, Correction last) {

    /**
     * @param history  every entry of one fact, oldest first
     * @param article  the article's text (conditions are located in it), or empty when it is not stored
     */
    static ReviewState of(List<Correction> history, java.util.Optional<String> article) {
        String verdict = null, holder = null, speaker = null, polarity = null, kind = null, text = null;
        Integer start = null, end = null;
        Correction last = null;
        for (Correction c : history) {
            if (!c.inForce()) continue;
            last = c;
            String value = c.newValue().orElse("");
            switch (c.action()) {
                case CONFIRM -> verdict = "confirmed";
                case REJECT -> verdict = "rejected";
                case SET_HOLDER -> holder = value;
                case SET_SPEAKER -> speaker = value;
                case SET_POLARITY -> polarity = value;
                case SET_CONDITION -> {
                    ConditionValue cv = ConditionValue.parse(value);
                    if (!cv.text().isEmpty() && article.isPresent()) {
                        cv = cv.at(ConditionValue.locate(article.get(), c.span(), cv.text()));
                    }
                    kind = cv.kind();
                    text = cv.text();
                    start = cv.start();
                    end = cv.end();
                }
                case UNDO -> throw new IllegalStateException("an undo is never in force");
            }
        }
        return new ReviewState(verdict, holder, speaker, polarity, kind, text, start, end, last);
    }
}
