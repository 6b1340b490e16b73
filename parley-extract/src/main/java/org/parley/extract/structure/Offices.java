package org.parley.extract.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.extract.entity.Lexicon;

/**
 * Who held an office on a date ({@code offices.tsv}): names the speaker of "Address by the President of Ukraine"
 * or of a readout's "the President" when the text itself gives no name. General knowledge, not a list of documents.
 */
public final class Offices {
    private record Term(String office, String country, String holder, LocalDate from, Optional<LocalDate> to) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && to.map(day::isBefore).orElse(true);
        }
    }

    private static final Offices DEFAULT = new Offices(Lexicon.lines(Offices.class, "offices.tsv"));

    private final List<Term> terms = new ArrayList<>();

    Offices(List<String> lines) {
        for (String line : lines) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 4) {
                throw new IllegalStateException("offices.tsv: line '" + line + "' needs office, country, holder and start date");
            }
            Optional<LocalDate> to = cols.length > 4 && !cols[4].isBlank() ? Optional.of(LocalDate.parse(cols[4].strip())) : Optional.empty();
            terms.add(new Term(cols[0].strip().toLowerCase(Locale.ROOT), cols[1].strip(), cols[2].strip(),
                    LocalDate.parse(cols[3].strip()), to));
        }
    }

    public static Offices standard() {
        return DEFAULT;
    }

    /**
     * The offices held, at any time, by someone {@code sameName} accepts as the holder's name, the most recent term
     * first: what makes "Vladimir Putin" speak for Russia and "Mark Rutte" for NATO when their roles say nothing.
     */
    public List<Office> heldBy(java.util.function.Predicate<String> sameName) {
        return heldBy(sameName, null);
    }

    /** As {@link #heldBy(java.util.function.Predicate)}, only the terms that cover {@code day} (any term when null). */
    public List<Office> heldBy(java.util.function.Predicate<String> sameName, LocalDate day) {
        return terms.stream().filter(t -> (day == null || t.covers(day)) && sameName.test(t.holder))
                .sorted(java.util.Comparator.comparing(Term::from).reversed())
                .map(t -> new Office(t.office, t.country)).toList();
    }

    /** The holder of {@code office} (lower case, "president") of {@code country} on {@code day}, if known. */
    public Optional<String> holder(String office, String country, LocalDate day) {
        String o = office.toLowerCase(Locale.ROOT);
        return terms.stream().filter(t -> t.office.equals(o) && t.country.equalsIgnoreCase(country) && t.covers(day))
                .map(Term::holder).findFirst();
    }
}
