package org.parley.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.model.AnnotatedArticle;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.Extractor;
import org.parley.model.LocalEntity;
import org.parley.model.Mention;
import org.parley.model.MentionKind;
import org.parley.model.Span;

/**
 * Within-article entity resolution from the annotator's mentions and tokens.
 *
 * <ol>
 *   <li>Names: the annotator's mentions, trimmed of titles, honorifics, "the" and possessives; countries, seats
 *       of government and demonyms from {@code countries.tsv} become GOVERNMENT entities (a seat or demonym only
 *       when it acts: "Moscow insists", "Washington's strategy"). A body every country has ({@code bodies.txt})
 *       written with its country ("Ukraine's Foreign Ministry", "the Russian Defence Ministry", "its Foreign
 *       Ministry" after "China") is named for it: "Foreign Ministry (Ukraine)".</li>
 *   <li>Persons: full names cluster when their surnames are spellings of one name and their first names agree;
 *       a lone surname or first name joins the full name it matches (the latest one before it when several).</li>
 *   <li>Roles: titles written before a name ("NATO Secretary General Mark Rutte") and appositions ("Rutte, a
 *       former Dutch Prime Minister,") become roles; role mentions ("the NATO chief") go to the latest holder.</li>
 *   <li>Pronouns go to the latest compatible person subject ({@link PronounResolver}).</li>
 * </ol>
 * Stateless: all per-article state lives in one call.
 */
public final class EntityExtractor implements Extractor<LocalEntity> {
    /** Lower-case words that may open a person's name ("de Blasio", "van Rompuy", "bin Salman"). */
    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("de", "da", "di", "del", "della",
            "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "le", "la", "du", "dos", "das");

    /** Tags of words that never open a name: determiners, prepositions, conjunctions, modals, pronouns, adverbs. */
    private static final java.util.Set<String> NOT_IN_NAMES = java.util.Set.of("DT", "IN", "CC", "MD", "PRP", "PRP$",
            "RB", "WDT", "WP", "WRB", "TO", "EX", "PDT");

    private final Titles titles;
    private final Countries countries;
    private final Bodies bodies = Bodies.standard();
    private final Gazetteer gazetteer = Gazetteer.standard();

    public EntityExtractor() {
        this(Titles.standard(), Countries.standard());
    }

    public EntityExtractor(Titles titles, Countries countries) {
        this.titles = titles;
        this.countries = countries;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<LocalEntity> process(AnnotatedArticle doc) {
        return new Run(doc).run();
    }

    /** A name found in the text, before clustering. */
    private record NameHit(Span span, String surface, EntityType type, String fixedName) {
    }

    private final class Run {
        private final AnnotatedArticle doc;
        private final String text;
        private final TokenView tv;
        private final RoleReader roles;
        private final List<Cluster> clusters = new ArrayList<>();
        /** Skeletons of the last words of the article's full person names: "Sumy" is a place unless "Tom Sumy" is written. */
        private final java.util.Set<String> surnames = new java.util.HashSet<>();

        Run(AnnotatedArticle doc) {
            this.doc = doc;
            this.text = doc.text();
            this.tv = new TokenView(doc);
            this.roles = new RoleReader(tv, titles, countries);
        }

        List<LocalEntity> run() {
            List<NameHit> hits = ownedThroughPronouns(names());
            List<NameHit> persons = hits.stream().filter(h -> h.type() == EntityType.PERSON).toList();
            clusterPersons(persons);
            for (NameHit h : hits) {
                if (h.type() == EntityType.PERSON) continue;
                Cluster person = h.fixedName() == null ? personNamed(h.surface(), h.span().start()) : null;
                if (person != null) {
                    person.addName(mention(h.span(), MentionKind.NAME));
                } else {
                    clusterOther(h);
                }
            }
            for (Cluster c : clusters) {
                if (c.type != EntityType.PERSON) continue;
                for (EntityMention m : List.copyOf(c.mentions)) roles.addRoles(c, m);
            }
            for (RoleReader.RoleMention r : roles.roleMentions(clusters)) r.holder().add(mention(r.span(), MentionKind.ROLE));
            new PronounResolver(tv, titles).resolve(clusters);
            List<Cluster> ordered = new ArrayList<>(clusters);
            ordered.removeIf(c -> c.mentions.isEmpty());
            ordered.sort(Comparator.comparingInt(Cluster::firstStart));
            List<LocalEntity> out = new ArrayList<>();
            for (Cluster c : ordered) out.add(c.toLocal("e" + out.size()));
            return out;
        }

        EntityMention mention(Span span, MentionKind kind) {
            return new EntityMention(span, span.of(text), kind, sentenceAt(span.start()));
        }

        // ---- names

        List<NameHit> names() {
            for (Mention m : doc.mentions()) {
                if (m.type() != EntityType.PERSON) continue;
                Span span = trim(m.span(), true);
                String[] w = span == null ? new String[0] : words(span.of(text));
                if (w.length >= 2) surnames.add(Names.skeleton(w[w.length - 1]));
            }
            List<NameHit> out = new ArrayList<>();
            boolean[] covered = new boolean[text.length() + 1];
            for (Mention m : doc.mentions()) {
                if (covered[m.span().start()]) continue; // a mention inside one already taken
                Span span = trim(m.span(), m.type() == EntityType.PERSON);
                if (span == null) continue;
                Optional<NameHit> hit = classify(span, m.type());
                if (hit.isEmpty()) continue;
                out.add(hit.get());
                for (int i = m.span().start(); i < m.span().end(); i++) covered[i] = true;
            }
            // the annotator misses newer spellings ("Kyiv") and seats ("the Kremlin"): look them up directly
            for (int k = 0; k < tv.size(); k++) {
                if (covered[tv.get(k).span().start()] || !tv.isCapitalised(k)) continue;
                for (int n = Math.min(countries.longestWords(), tv.size() - k); n >= 1; n--) {
                    Span span = new Span(tv.get(k).span().start(), tv.get(k + n - 1).span().end());
                    if (tv.get(k + n - 1).sentence() != tv.get(k).sentence()) continue;
                    if (countries.lookup(span.of(text)).isEmpty()) continue;
                    Optional<NameHit> hit = classify(span, EntityType.PLACE);
                    hit.ifPresent(out::add);
                    k += n - 1;
                    break;
                }
            }
            out.sort(Comparator.comparing(NameHit::span));
            return out;
        }

        /** Strips "the", titles, honorifics and a possessive from a mention; null when nothing is left. */
        Span trim(Span span, boolean person) {
            int[] r = tv.inside(span);
            if (r[0] >= r[1]) return span; // the tokens run past the mention ("Washington’s" as one token)
            int first = r[0];
            int end = r[1];
            while (end > first && (tv.isPossessive(end - 1) || tv.isPunctuation(end - 1))) end--;
            // a quotation mark or a lower-case word the annotator took in ("” Bozell", "under Warren")
            while (first < end && (tv.isPunctuation(first) || person && !tv.isCapitalised(first)
                    && !NAME_PARTICLES.contains(tv.lower(first)) && end - first > 1)) first++;
            // a verb the annotator took in at a sentence start ("Thank God"): names are nouns; so is a common word
            // there, one the article also writes in lower case and that is no first name
            while (person && end - first > 1 && (notInName(first) || opensSentence(first)
                    && PronounResolver.firstNameGender(tv.lower(first)) == null && lowerCaseWords().contains(tv.lower(first)))) {
                first++;
            }
            // a title-case headline runs a name into a verb ("Obama Took …")
            while (person && end - first > 1 && tv.get(end - 1).pos().startsWith("VB")) end--;
            // a scraped transcript label repeats the surname ("Viktor Orban Orban Viktor"): one surname
            while (person && end - first > 1 && tv.get(end - 1).word().equals(tv.get(end - 2).word())) end--;
            while (first < end && (tv.lower(first).equals("the") || titles.isHonorific(tv.lower(first))
                    || person && titles.isTitleWord(tv.lower(first)) && end - first > 1)) {
                first++;
            }
            if (first >= end) return null;
            int s = tv.get(first).span().start();
            int e = tv.get(end - 1).span().end();
            // soft hyphens padding a repaired character belong to no name ("Obama\u00AD\u00AD’s")
            while (e > s + 1 && text.charAt(e - 1) == '\u00AD') e--;
            while (s < e - 1 && text.charAt(s) == '\u00AD') s++;
            String surface = text.substring(s, e);
            for (String suffix : new String[] {"'s", "’s", "'", "’"}) {
                if (surface.endsWith(suffix) && surface.length() > suffix.length() + 1) e -= suffix.length();
            }
            return new Span(s, Math.min(e, span.end()));
        }

        private java.util.Set<String> lowerCase;

        /** A verb or a function word ("An Obama", "Was Biden", "Will Obama" in a title-case headline): no name. */
        boolean notInName(int k) {
            String pos = tv.get(k).pos();
            return pos.startsWith("VB") || NOT_IN_NAMES.contains(pos);
        }

        /** The words the article writes in lower case. */
        java.util.Set<String> lowerCaseWords() {
            if (lowerCase == null) {
                lowerCase = new java.util.HashSet<>();
                for (int k = 0; k < tv.size(); k++) if (!tv.isCapitalised(k)) lowerCase.add(tv.lower(k));
            }
            return lowerCase;
        }

        boolean opensSentence(int k) {
            return k == 0 || tv.get(k - 1).sentence() != tv.get(k).sentence();
        }

        Optional<NameHit> classify(Span span, EntityType annotated) {
            String surface = span.of(text);
            Optional<Countries.Hit> country = countries.lookup(surface);
            if (country.isPresent()) {
                Countries.Hit c = country.get();
                return switch (c.form()) {
                    case NAME -> Optional.of(new NameHit(span, surface, EntityType.GOVERNMENT, c.country()));
                    case SEAT -> Optional.of(roles.actsAt(span)
                            ? new NameHit(span, surface, EntityType.GOVERNMENT, c.country())
                            : new NameHit(span, surface, EntityType.PLACE, surface));
                    case DEMONYM -> roles.actsAt(span) && Character.isUpperCase(surface.charAt(0))
                            && !roles.modifiesNoun(span)
                            ? Optional.of(new NameHit(span, surface, EntityType.GOVERNMENT, c.country()))
                            : Optional.empty();
                };
            }
            return switch (annotated) {
                case PERSON -> person(span, surface);
                case ORGANIZATION -> Optional.of(bodies.owned(surface, lineBefore(span.start()), countries)
                        .map(o -> new NameHit(span, surface, EntityType.ORGANIZATION, o.name()))
                        .orElseGet(() -> new NameHit(span, surface, EntityType.ORGANIZATION, null)));
                case GOVERNMENT, PLACE -> Optional.of(new NameHit(span, surface, annotated, surface));
                case OTHER -> Optional.empty();
            };
        }

        /**
         * A name tagged PERSON is none when it is only title words ("Head" of "Head of the Office …"), and names a
         * place or body when the gazetteer knows it and the article writes no full name ending with it.
         */
        Optional<NameHit> person(Span span, String surface) {
            String[] w = words(surface);
            if (java.util.Arrays.stream(w).allMatch(x -> titles.isTitleWord(x) || titles.isHonorific(x)
                    || x.equalsIgnoreCase("of") || x.equalsIgnoreCase("the"))) {
                return Optional.empty();
            }
            Optional<EntityType> other = gazetteer.lookup(surface);
            if (other.isPresent() && (w.length >= 2 || !surnames.contains(Names.skeleton(w[0])))) {
                return switch (other.get()) {
                    case PLACE -> Optional.of(new NameHit(span, surface, EntityType.PLACE, surface));
                    case ORGANIZATION -> Optional.of(new NameHit(span, surface, EntityType.ORGANIZATION, null));
                    case PERSON, GOVERNMENT, OTHER -> Optional.empty();
                };
            }
            return Optional.of(new NameHit(span, surface, EntityType.PERSON, null));
        }

        /**
         * A generic body after "its"/"their" belongs to the government named last before it in the same sentence
         * ("China has weighed in, with its Foreign Ministry spokesperson …"); with none there it keeps its words.
         */
        List<NameHit> ownedThroughPronouns(List<NameHit> hits) {
            List<NameHit> out = new ArrayList<>(hits.size());
            for (NameHit h : hits) {
                if (h.type() == EntityType.ORGANIZATION && h.fixedName() == null
                        && bodies.afterPossessivePronoun(h.surface(), lineBefore(h.span().start()))) {
                    int sentence = sentenceAt(h.span().start());
                    for (int j = out.size() - 1; j >= 0 && sentenceAt(out.get(j).span().start()) == sentence; j--) {
                        NameHit g = out.get(j);
                        if (g.type() != EntityType.GOVERNMENT) continue;
                        h = new NameHit(h.span(), h.surface(), h.type(), new Bodies.Owned(Bodies.strip(h.surface()), g.fixedName()).name());
                        break;
                    }
                }
                out.add(h);
            }
            return out;
        }

        int sentenceAt(int offset) {
            return tv.get(Math.min(tv.size() - 1, tv.firstEndingAfter(offset))).sentence();
        }

        /** Up to 60 characters of the line before {@code offset}. */
        String lineBefore(int offset) {
            int from = Math.max(0, offset - 60);
            int newline = text.lastIndexOf('\n', offset - 1);
            return text.substring(Math.max(from, newline + 1), offset);
        }

        // ---- persons

        void clusterPersons(List<NameHit> persons) {
            for (NameHit h : persons) {
                String[] w = words(h.surface());
                if (w.length < 2) continue;
                Cluster match = null;
                for (Cluster c : clusters) {
                    String[] cw = c.words();
                    if (cw.length >= 2 && Names.sameWord(cw[cw.length - 1], w[w.length - 1])
                            && Names.compatibleFirst(cw[0], w[0])) {
                        match = c;
                        break;
                    }
                }
                if (match == null) {
                    match = new Cluster(EntityType.PERSON, null);
                    clusters.add(match);
                }
                match.addName(mention(h.span(), MentionKind.NAME));
            }
            for (NameHit h : persons) {
                if (words(h.surface()).length >= 2) continue;
                Cluster match = personNamed(h.surface(), h.span().start());
                if (match != null && !fitsLone(match, h.span())) match = loneCluster(h.surface());
                if (match == null) {
                    match = new Cluster(EntityType.PERSON, null);
                    clusters.add(match);
                }
                match.addName(mention(h.span(), MentionKind.NAME));
            }
        }

        /**
         * Whether a lone surname can be the full-name person {@code c}: not when an honorific before it contradicts
         * the gender of c's first name ("Mr. Smith" and "Jane Smith"), nor when a title before it names an office
         * no title before c's full name does ("President Biden" and "First Lady Jill Biden").
         */
        boolean fitsLone(Cluster c, Span span) {
            int first = tv.firstStartingAt(span.start());
            int honorific = tv.honorificBefore(first, titles);
            if (honorific >= 0) {
                String h = tv.lower(honorific).replace(".", "");
                Cluster.Gender g = h.equals("mr") || h.equals("sir") ? Cluster.Gender.MALE
                        : h.equals("mrs") || h.equals("ms") || h.equals("dame") ? Cluster.Gender.FEMALE : Cluster.Gender.UNKNOWN;
                Cluster.Gender named = PronounResolver.firstNameGender(c.words()[0].toLowerCase(Locale.ROOT));
                return g == Cluster.Gender.UNKNOWN || named == null || named == g;
            }
            int before = first - 1;
            if (before < 0 || tv.get(before).sentence() != sentenceAt(span.start())) return true;
            String word = tv.lower(before);
            if (!titles.isTitle(word)) return true;
            // the title words before the full name's mentions, hyphenated ones split ("President-elect")
            java.util.Set<String> offices = new java.util.HashSet<>();
            for (EntityMention m : c.mentions) {
                if (words(m.surface()).length < 2) continue;
                for (int k = tv.firstStartingAt(m.span().start()) - 1; k >= 0 && titles.isTitleWord(tv.lower(k)); k--) {
                    offices.addAll(List.of(tv.lower(k).split("-")));
                }
            }
            return offices.isEmpty() || offices.contains(word);
        }

        /** A cluster of lone names with this word, made when a lone name fits no full name. */
        Cluster loneCluster(String surface) {
            for (Cluster c : clusters) {
                if (c.type == EntityType.PERSON && c.words().length == 1 && Names.sameWord(c.words()[0], surface)) return c;
            }
            return null;
        }

        /** The person a lone name word refers to: surname first, then first name; the latest when several. */
        Cluster personNamed(String surface, int at) {
            String[] w = words(surface);
            if (w.length != 1) return null;
            List<Cluster> bySurname = new ArrayList<>();
            List<Cluster> byFirst = new ArrayList<>();
            for (Cluster c : clusters) {
                if (c.type != EntityType.PERSON) continue;
                String[] cw = c.words();
                if (Names.sameWord(cw[cw.length - 1], w[0])) bySurname.add(c);
                else if (cw.length >= 2 && cw[0].equalsIgnoreCase(w[0])) byFirst.add(c);
            }
            List<Cluster> pool = bySurname.isEmpty() ? byFirst : bySurname;
            Cluster best = null;
            for (Cluster c : pool) {
                if (best == null || c.lastBefore(at) > best.lastBefore(at)) best = c;
            }
            return best;
        }

        String[] words(String surface) {
            List<String> out = new ArrayList<>();
            for (String w : surface.strip().split("\\s+")) {
                String lw = w.toLowerCase(Locale.ROOT);
                if (lw.matches("jr\\.?|sr\\.?|ii|iii|iv")) continue;
                out.add(w);
            }
            return out.isEmpty() ? new String[] {surface} : out.toArray(String[]::new);
        }

        // ---- organisations, governments, places

        final Map<String, Cluster> byKey = new HashMap<>();

        /**
         * Within an article, "the Foreign Ministry" after "Ukraine's Foreign Ministry" is Ukraine's: the body of that
         * name a country was last written with. Across articles an unqualified body stays apart.
         */
        Cluster ownedBefore(NameHit h) {
            String prefix = Bodies.strip(h.surface()).toLowerCase(Locale.ROOT) + " (";
            int at = h.span().start();
            Cluster best = null;
            for (Cluster c : clusters) {
                if (c.type != EntityType.ORGANIZATION || c.fixedName == null || c.lastBefore(at) < 0) continue;
                if (!c.fixedName.toLowerCase(Locale.ROOT).startsWith(prefix)) continue;
                if (best == null || c.lastBefore(at) > best.lastBefore(at)) best = c;
            }
            return best;
        }

        void clusterOther(NameHit h) {
            String key = h.type() + ":" + (h.fixedName() != null ? h.fixedName() : h.surface()).toLowerCase(Locale.ROOT);
            Cluster c = h.fixedName() == null && bodies.isGeneric(h.surface()) ? ownedBefore(h) : null;
            if (c == null) c = byKey.get(key);
            if (c == null && h.type() == EntityType.ORGANIZATION) {
                for (Cluster o : clusters) {
                    if (o.type == EntityType.ORGANIZATION && acronymOf(h.surface(), o.name())) c = o;
                }
            }
            if (c == null) {
                c = new Cluster(h.type(), h.fixedName());
                clusters.add(c);
            }
            byKey.put(key, c);
            c.addName(mention(h.span(), MentionKind.NAME));
        }
    }

    /** "NATO" and "North Atlantic Treaty Organization", either way round. */
    static boolean acronymOf(String a, String b) {
        String shortOne = a.length() <= b.length() ? a : b;
        String longOne = a.length() <= b.length() ? b : a;
        String acronym = shortOne.replace(".", "");
        if (acronym.length() < 2 || !acronym.equals(acronym.toUpperCase(Locale.ROOT)) || acronym.contains(" ")) return false;
        return initials(longOne).equals(acronym);
    }

    /**
     * The initials of a name's capitalised words; a word that is an acronym itself gives all its letters ("U.S.
     * Navy": USN, not UN, so it is no expansion of "UN").
     */
    public static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
            String letters = w.replace(".", "");
            boolean acronym = letters.length() >= 2 && letters.chars().allMatch(Character::isUpperCase);
            initials.append(acronym ? letters : String.valueOf(w.charAt(0)));
        }
        return initials.toString();
    }
}
