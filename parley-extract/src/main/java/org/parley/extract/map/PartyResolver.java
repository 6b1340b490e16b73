package org.parley.extract.map;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.entity.Countries;
import org.parley.extract.stance.HolderNames;
import org.parley.extract.structure.Office;
import org.parley.extract.structure.Offices;
import org.parley.model.EntityType;

/**
 * Which party a speaker speaks for. General means, not a list of people, tried in this order:
 * <ol>
 *   <li>the issues file's {@code "parties"} ({@link PartyOverrides}): a speaker it lists belongs to that party;</li>
 *   <li>a government, place or organisation whose name is a country, its seat of government or a body of it
 *       ("Russia", "the Kremlin", "Moscow", "Russian Foreign Ministry") is that country's ({@code countries.tsv});</li>
 *   <li>a person whose stored roles name a country ("President of Russia", "Kremlin spokesman", "Ukrainian Foreign
 *       Minister") or who held an office of a country or body ({@code offices.tsv}: Putin, Rutte) is that country's
 *       or body's; roles that are "former" do not count, nor a country after "to", "for", "with" ("envoy to
 *       Ukraine" speaks for whoever sent the envoy); when roles disagree the best-supported country wins;</li>
 *   <li>anyone else speaks for themselves.</li>
 * </ol>
 * Thread-safe; answers are memoized per speaker and day.
 */
public final class PartyResolver {
    /** Words after which a country is the target of a role, not its principal: "envoy to Ukraine". */
    private static final Set<String> TARGET_WORDS = Set.of("to", "for", "with", "on", "in", "at", "against", "toward", "towards");
    private static final int OFFICE_WEIGHT = 3;
    private static final int ROLE_OF_WEIGHT = 2;
    private static final int ROLE_WORD_WEIGHT = 1;
    private static final int MEMO_LIMIT = 200_000;

    private final PartyOverrides overrides;
    private final Countries countries;
    private final Offices offices;
    /** Bodies that hold offices and are no country ("NATO"): an organisation of that name or alias is that party. */
    private final Set<String> bodies;
    private final Map<Asked, Party> memo = new java.util.concurrent.ConcurrentHashMap<>();

    public PartyResolver(PartyOverrides overrides, Countries countries, Offices offices) {
        this.overrides = overrides;
        this.countries = countries;
        this.offices = offices;
        this.bodies = new java.util.TreeSet<>();
        for (Office o : offices.heldBy(n -> true)) if (countries.lookup(o.country()).isEmpty()) bodies.add(o.country());
    }

    /** The bundled country lexicon and office list, with the issues file's overrides. */
    public static PartyResolver standard(PartyOverrides overrides) {
        return new PartyResolver(overrides, Countries.standard(), Offices.standard());
    }

    /** The speaker's party, reading offices.tsv at any date. */
    public Party resolve(Speaker speaker) {
        return resolve(speaker, null);
    }

    /**
     * The speaker's party on {@code day}: an office held that day counts most (Mark Rutte spoke for the Netherlands
     * in 2022 and for NATO in 2025); an office held at another time counts least.
     */
    public Party resolve(Speaker speaker, java.time.LocalDate day) {
        // Name matching over offices.tsv and role parsing cost tens of microseconds per speaker; a map reads the same
        // speakers on the same days at every request, so answers are kept (bounded: cleared when it grows past
        // MEMO_LIMIT). A speaker is its whole record, so new roles or aliases after re-resolution are a new key.
        if (memo.size() > MEMO_LIMIT) memo.clear();
        return memo.computeIfAbsent(new Asked(speaker, day), a -> decide(a.speaker(), a.day()));
    }

    private record Asked(Speaker speaker, java.time.LocalDate day) {
    }

    private Party decide(Speaker speaker, java.time.LocalDate day) {
        Optional<Party> listed = overrides.partyOf(speaker).map(name -> new Party(key(name), name,
                "listed under '" + name + "' in the issues file"));
        if (listed.isPresent()) return listed.get();
        if (speaker.type() != EntityType.PERSON) {
            for (String name : names(speaker)) {
                Optional<Countries.Hit> hit = countries.lookup(name);
                if (hit.isPresent()) return country(hit.get().country(), switch (hit.get().form()) {
                    case NAME -> "'" + name + "' names " + hit.get().country();
                    case SEAT -> "'" + name + "' is the seat of government of " + hit.get().country();
                    case DEMONYM -> "'" + name + "' names the people of " + hit.get().country();
                });
            }
            for (String name : names(speaker)) {
                Optional<String> body = bodies.stream().filter(b -> b.equalsIgnoreCase(name.strip())).findFirst();
                if (body.isPresent()) return new Party(key(body.get()), body.get(), "'" + name + "' is " + body.get());
            }
            for (String name : names(speaker)) {
                Optional<String> inside = countryIn(name);
                if (inside.isPresent()) return country(inside.get(), "'" + name + "' is a body of " + inside.get());
            }
            return new Party(key(speaker.name()), speaker.name(), "speaks for itself");
        }
        return personParty(speaker, day);
    }

    private Party personParty(Speaker speaker, java.time.LocalDate day) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, String> why = new LinkedHashMap<>();
        List<Office> then = day == null ? List.of() : offices.heldBy(n -> HolderNames.any(n, names(speaker)), day);
        for (Office o : then) {
            if (votes.merge(o.country(), OFFICE_WEIGHT, Integer::sum) == OFFICE_WEIGHT) {
                why.put(o.country(), "was " + o.office() + " of " + o.country() + " on " + day);
            }
        }
        for (Office o : offices.heldBy(n -> HolderNames.any(n, names(speaker)))) {
            if (then.contains(o)) continue;
            int weight = day == null ? OFFICE_WEIGHT : ROLE_WORD_WEIGHT;
            if (votes.merge(o.country(), weight, Integer::sum) == weight) {
                why.putIfAbsent(o.country(), "held the office of " + o.office() + " of " + o.country());
            }
        }
        for (String role : speaker.roles().stream().sorted().toList()) {
            String r = role.strip();
            if (r.toLowerCase(Locale.ROOT).matches("(former|ex-|ex |then-|then |late |outgoing ).*")) continue;
            if (countriesIn(r) > 1) continue; // "President of Azerbaijan and the Prime Minister of Armenia": whose?
            Optional<Office> office = Office.parse(r, countries);
            Optional<String> country = office.map(Office::country).or(() -> countryIn(r));
            if (country.isEmpty()) continue;
            votes.merge(country.get(), office.isPresent() ? ROLE_OF_WEIGHT : ROLE_WORD_WEIGHT, Integer::sum);
            why.putIfAbsent(country.get(), "role '" + r + "' names " + country.get());
        }
        return votes.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey, (a, b) -> b.compareTo(a)))
                .map(best -> country(best.getKey(), why.get(best.getKey())))
                .orElseGet(() -> new Party("person:" + speaker.key(), speaker.name(), "speaks for no government or organisation we know of"));
    }

    private static Party country(String country, String basis) {
        return new Party(key(country), country, basis);
    }

    /** The party key of a country, body or listed party: its folded name, so "Russia" from any route is one party. */
    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return "party:" + plain.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    private static List<String> names(Speaker s) {
        List<String> out = new ArrayList<>();
        out.add(s.name());
        s.aliases().stream().sorted().forEach(out::add);
        return out;
    }

    /**
     * The leftmost country a phrase names by name, seat or demonym ("Kremlin spokesman", "Russian Foreign Minister"),
     * skipping a country that is the role's target ("envoy to Ukraine").
     */
    private Optional<String> countryIn(String phrase) {
        return principals(phrase).stream().findFirst();
    }

    /** How many different countries a phrase names as principals ("President of X and the Prime Minister of Y": 2). */
    private long countriesIn(String phrase) {
        return principals(phrase).size();
    }

    /** The countries a phrase names, leftmost first, except those a role is sent to or acts on. */
    private List<String> principals(String phrase) {
        String[] words = phrase.strip().split("[\\s,;()]+");
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            if (i > 0 && TARGET_WORDS.contains(words[i - 1].toLowerCase(Locale.ROOT))) continue;
            if (i > 1 && words[i - 1].equalsIgnoreCase("the") && TARGET_WORDS.contains(words[i - 2].toLowerCase(Locale.ROOT))) continue;
            for (int n = Math.min(countries.longestWords(), words.length - i); n >= 1; n--) {
                String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)).replaceAll("['’]s$", "");
                Optional<Countries.Hit> hit = countries.lookup(candidate);
                if (hit.isPresent()) {
                    out.add(hit.get().country());
                    i += n - 1;
                    break;
                }
            }
        }
        return List.copyOf(out);
    }
}
