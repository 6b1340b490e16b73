package org.parley.extract.structure;

import java.util.Locale;
import java.util.Optional;
import org.parley.extract.entity.Countries;

/**
 * An office of a country, as written in a title or an outlet's name: "President of Ukraine", "the President of the
 * Russian Federation", "Head of the Office of the President of Ukraine".
 *
 * @param office  lower case, as in {@code offices.tsv}: "president", "head of the office of the president"
 * @param country the country's canonical name ({@code countries.tsv})
 */
public record Office(String office, String country) {
    /** The office a phrase names when it ends in "of [the] COUNTRY"; the rightmost such "of" wins. */
    public static Optional<Office> parse(String phrase, Countries countries) {
        String p = phrase.strip();
        for (int at = p.lastIndexOf(" of "); at > 0; at = p.lastIndexOf(" of ", at - 1)) {
            String tail = p.substring(at + 4).strip();
            Optional<Countries.Hit> hit = countries.lookup(tail).filter(h -> h.form() == Countries.Form.NAME)
                    .or(() -> tail.startsWith("the ") ? countries.lookup(tail.substring(4)).filter(h -> h.form() == Countries.Form.NAME)
                            : Optional.empty());
            if (hit.isPresent()) {
                String office = p.substring(0, at).strip().replaceFirst("^(?i)the\\s+", "");
                return Optional.of(new Office(office.toLowerCase(Locale.ROOT), hit.get().country()));
            }
        }
        return Optional.empty();
    }
}
