package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.entity.Countries;
import org.parley.extract.rule.Rule;
import org.parley.extract.structure.Office;
import org.parley.extract.rule.RuleSet;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Attribution;
import org.parley.model.AttributionKind;
import org.parley.model.DocumentKind;
import org.parley.model.DocumentStructure;
import org.parley.model.LocalEntity;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Speaker;
import org.parley.model.Turn;
import org.parley.model.Utterer;

/**
 * Gives every statement of a transcript, a speech or a readout its utterer, after the sentence-level rules found
 * quotes and reported speech: the named {@link #RULES} below, in order, then one attribution per piece of every turn.
 *
 * <p>A turn's words are its speaker's, verbatim: each turn becomes attributions of whole sentences, at most
 * {@value TurnPieces#MAX_PIECE} characters each and never over a paragraph break (a 10,000-character answer is cited by the
 * passage, not as one block), with
 * the label (or, for a speech named by its title, no mention) as the speaker. Quotes and reports inside a turn
 * keep their own source and record the turn's speaker as the one who relayed them.
 */
public final class Utterances {
    /** Everything the rules read about one article. */
    public record Context(AnnotatedArticle doc, DocumentStructure structure, List<LocalEntity> entities,
                          Optional<Utterer> principal, Optional<Office> office) {
        String text() {
            return doc.text();
        }
    }

    /** How far back in a turn a "he"/"she" looks for the person it stands for. */
    private static final int PRONOUN_SENTENCES = 3;
    static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our", "myself", "ourselves");
    private static final Set<String> PRONOUNS = Set.of("i", "we", "me", "us", "my", "our", "myself", "ourselves",
            "he", "she", "him", "her", "his", "they", "them", "their", "it", "its", "you", "your", "who", "whom", "which",
            "that", "this", "these", "those", "one", "someone", "somebody", "everyone", "anyone", "themselves", "himself",
            "herself", "itself", "yourself", "yourselves");
    /** Modal verbs: "X can confirm this", "NATO could tell Ukraine …" say what someone might say, not what they said. */
    private static final Set<String> MODALS = Set.of("can", "could", "may", "might", "will", "would", "shall", "should", "must", "'ll", "'d");
    private static final Countries COUNTRIES = Countries.standard();
    private static final Set<String> PRINCIPAL_TITLES = Set.of("president", "head of state");

    public static final RuleSet<Context, Attribution> RULES = new RuleSet<>(List.of(
            new Rule<>("clip-to-turn", "content that runs past the end of its transcript turn is cut there: no span crosses a turn boundary",
                    "'… he said. Vladimir Putin: I …' -> the content ends before the label", Utterances::clip),
            new Rule<>("first-person-is-utterer", "I/we/me/us as a speaker inside a turn or a speech is the turn's speaker",
                    "in Putin's turn, 'I believe that …' -> Vladimir Putin", Utterances::firstPerson),
            new Rule<>("office-is-principal", "'the President', 'the Head of State' on an office's own site is the holder of that office",
                    "president.gov.ua: 'The President noted …' -> Volodymyr Zelenskyy", Utterances::principal),
            new Rule<>("office-of-country", "'the President of Belarus' as a speaker is the person holding that office: the article's person with that role, else its holder on the article's date, never the country",
                    "'The President of Russia presented his overview' -> Vladimir Putin, not Russia", Utterances::officeOfCountry),
            new Rule<>("title-is-its-bearer", "'the Adviser', 'the Deputy Prime Minister' as a speaker is the person that title was written before (or given as a role) earlier in the text",
                    "'Deputy Head of the Office of the President Ihor Zhovkva … The Deputy Head of the Office of the President praised …' -> Ihor Zhovkva", TitleBearers::titleBearer),
            new Rule<>("apposition", "a relative 'who' or a description no person resolved is the person named in the same noun phrase: between commas right after it, or the nearest name before it with only commas and the phrase's words between",
                    "'Rep. Steve King, R-Iowa, who in 2006 suggested …' -> Steve King; 'his press secretary, Jay Carney, reiterated …' -> Jay Carney", DescribedSpeakers::apposition),
            new Rule<>("place-is-no-speaker", "a place as a speaker: a seat of government is its country, another place the person named just before it ('X of PLACE'), else nobody",
                    "'Kiev says …' -> Ukraine; 'Sen. Lindsey Graham of South Carolina …, saying …' -> Lindsey Graham", DescribedSpeakers::placeIsNoSpeaker),
            new Rule<>("group-of-entity", "'Critics of Citizens United' is the critics, not Citizens United: a group named by what it is of has no name of its own (titles and officials of a body excepted)",
                    "'Critics of Citizens United had hoped …' -> speaker unknown ('Critics of Citizens United')", DescribedSpeakers::groupOfEntity),
            new Rule<>("not-someone", "a speaker phrase no entity resolves whose head is no person, body or source ('the world', 'the only thing', 'nobody') names no one: inside a turn the words stay the turn speaker's, elsewhere the speaker is unknown",
                    "Mitsotakis: 'One of the issues that worries us …' -> Mitsotakis's turn, not 'the issues'", DescribedSpeakers::notSomeone),
            new Rule<>("own-country-in-turn", "in the turn or speech of a president, his own country as the subject of a cue is him speaking for it, not a report of the country's words: dropped",
                    "Putin's speech: 'Russia supports the draft Beijing Initiative' -> Putin's words", DescribedSpeakers::ownCountry),
            new Rule<>("pronoun-in-turn", "he/she inside a turn, unresolved or resolved to the turn's own speaker, is the person the turn last named before it",
                    "Putin: 'I spoke to Emmanuel Macron. He insists that …' -> Emmanuel Macron", Utterances::pronounInTurn),
            new Rule<>("relayed-in-turn", "a quote or report inside a turn or a speech that is not its speaker's was relayed by its speaker",
                    "Putin: 'Macron told me that …' -> Emmanuel Macron, via Vladimir Putin", Utterances::relayed),
            new Rule<>("unresolved-pronoun", "a pronoun speaker no entity was found for is unknown, never a name",
                    "'they said' with nobody named before -> speaker null", Utterances::pronoun),
            new Rule<>("hypothetical-in-turn", "inside a turn or a speech, a cue under a modal verb with someone else as its subject says what they might say, not what they said: dropped",
                    "Putin: 'the United States and NATO can tell Ukraine: …' -> Putin's own words, not NATO's", Utterances::hypothetical),
            new Rule<>("unnamed-other-in-turn", "inside a turn or a speech, an attitude or action ('offers', 'supports') of something no entity names is the speaker's description, not a statement: dropped",
                    "'The current international situation does not offer cause for optimism' -> the turn's speaker's words", Utterances::unnamedOther),
            new Rule<>("sourceless-in-turn", "a belief or report with no known source inside a turn or a speech is dropped: the turn's own attribution gives those words to its speaker",
                    "Putin: 'he is on the frontline, and so he needs …' -> Putin's turn, not a sourceless report", Utterances::sourceless)),
            Attribution::withRule);

    private final RuleSet<Context, Attribution> rules;

    public Utterances() {
        this(RULES);
    }

    public Utterances(RuleSet<Context, Attribution> rules) {
        this.rules = rules;
    }

    /** The sentence-level attributions after the rules, with the turns' own attributions added, in text order. */
    public List<Attribution> apply(Context ctx, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(rules.applyAll(ctx, found));
        for (Turn t : ctx.structure().turns()) out.addAll(TurnPieces.of(ctx, t));
        out = new ArrayList<>(NestedVoices.RULES.applyAll(new NestedVoices.Context(ctx, List.copyOf(out)), out));
        out.sort(Comparator.comparingInt((Attribution a) -> a.content().start()).thenComparingInt(a -> a.content().end()));
        return out;
    }

    private static Attribution clip(Context ctx, Attribution a) {
        List<Turn> turns = ctx.structure().turns();
        if (turns.isEmpty()) return a;
        int start = a.content().start();
        int limit = Integer.MAX_VALUE;
        Optional<Turn> in = ctx.structure().turnAt(start);
        if (in.isPresent()) limit = in.get().body().end();
        else {
            for (Turn t : turns) {
                if (t.label().start() >= start) {
                    limit = t.label().start();
                    break;
                }
            }
        }
        if (a.content().end() <= limit) return a;
        String text = ctx.text();
        int end = limit;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end <= start) return null;
        Span content = new Span(start, end);
        List<Span> fragments = new ArrayList<>();
        for (Span f : a.fragments()) {
            if (f.start() >= end) continue;
            fragments.add(new Span(f.start(), Math.min(f.end(), end)));
        }
        return new Attribution(content, content.of(text), a.direct(), a.kind(), fragments, a.cue(), a.cueText(), a.speaker(),
                a.sentence(), a.confidence(), a.via(), a.rules());
    }

    private static Attribution firstPerson(Context ctx, Attribution a) {
        if (!(a.speaker() instanceof Speaker.Known k) || !FIRST_PERSON.contains(k.surface().toLowerCase(Locale.ROOT))) return a;
        // "the journalists hollered: “Will we survive?”": a "we" inside the quoted words is not who says them
        if (a.direct() && a.content().start() <= k.mention().start() && k.mention().end() <= a.content().end()) return a;
        return ctx.structure().turnAt(k.mention().start()).filter(t -> t.speaker().named())
                .map(t -> a.withSpeaker(t.speaker().asSpeaker(ctx.text()))).orElse(a);
    }

    private static Attribution principal(Context ctx, Attribution a) {
        if (ctx.principal().isEmpty() || !(a.speaker() instanceof Speaker.Known k)) return a;
        DocumentKind kind = ctx.structure().kind();
        if (kind != DocumentKind.READOUT && kind != DocumentKind.SPEECH) return a;
        // "the head of the Office of the President said": the office is the complement of another noun, not the speaker
        String before = ctx.text().substring(Math.max(0, k.mention().start() - 4), k.mention().start()).toLowerCase(Locale.ROOT);
        if (before.endsWith("of ")) return a;
        String bare = k.surface().strip().replaceFirst("^(?i)the\\s+", "");
        if (bare.isEmpty() || !Character.isUpperCase(bare.charAt(0)) || !namesOffice(bare, ctx.office())) return a;
        Utterer p = ctx.principal().get();
        if (k.name().equals(p.name())) return a;
        return a.withSpeaker(new Speaker.Known(k.mention(), k.surface(), p.entityKey(), p.name()));
    }

    private static Attribution officeOfCountry(Context ctx, Attribution a) {
        if (!(a.speaker() instanceof Speaker.Known k)) return a;
        String surface = k.surface().strip();
        if (surface.isEmpty() || !Character.isUpperCase(surface.replaceFirst("^(?i)the\\s+", "").charAt(0))) return a;
        Optional<Office> office = Office.parse(surface, COUNTRIES);
        if (office.isEmpty() || office.get().office().split(" ").length > 3) return a;
        Office o = office.get();
        for (LocalEntity e : ctx.entities()) {
            if (e.type() != org.parley.model.EntityType.PERSON) continue;
            for (String role : e.roles()) {
                if (Office.parse(role, COUNTRIES).filter(o::equals).isPresent()) {
                    return e.name().equals(k.name()) ? a : a.withSpeaker(new Speaker.Known(k.mention(), k.surface(), e.key(), e.name()));
                }
            }
        }
        java.time.LocalDate day = ctx.doc().article().published().orElse(java.time.LocalDate.now());
        return org.parley.extract.structure.Offices.standard().holder(o.office(), o.country(), day)
                .filter(name -> !name.equals(k.name()))
                .map(name -> a.withSpeaker(new Speaker.Known(k.mention(), k.surface(), "", name))).orElse(a);
    }

    /**
     * "President", "Head of State", "Ukrainian President", "President of Ukraine" on the presidency of Ukraine's site:
     * the site's own office, bare or with its own country.
     */
    private static boolean namesOffice(String phrase, Optional<Office> office) {
        String p = phrase.toLowerCase(Locale.ROOT);
        if (PRINCIPAL_TITLES.contains(p)) return true;
        if (office.isEmpty()) return false;
        Office o = office.get();
        if (Office.parse(phrase, COUNTRIES).filter(o::equals).isPresent()) return true;
        int space = phrase.indexOf(' ');
        return space > 0 && phrase.substring(space + 1).equalsIgnoreCase(o.office())
                && COUNTRIES.lookup(phrase.substring(0, space)).filter(h -> h.country().equals(o.country())).isPresent();
    }

    private static Attribution relayed(Context ctx, Attribution a) {
        if (a.via().isPresent()) return a;
        Optional<Turn> turn = ctx.structure().turnHolding(a.content()).filter(t -> t.speaker().named());
        if (turn.isEmpty()) return a;
        Utterer u = turn.get().speaker();
        if (a.speaker() instanceof Speaker.Known k && (k.name().equals(u.name()) || !u.entityKey().isEmpty() && k.entityKey().equals(u.entityKey()))) {
            return a;
        }
        if (!(u.asSpeaker(ctx.text()) instanceof Speaker.Known relayer)) return a;
        return a.relayedBy(relayer);
    }

    private static Attribution pronounInTurn(Context ctx, Attribution a) {
        if (!(a.speaker() instanceof Speaker.Known k)) return a;
        String p = k.surface().toLowerCase(Locale.ROOT);
        if (!p.equals("he") && !p.equals("she")) return a;
        Optional<Turn> turn = ctx.structure().turnAt(k.mention().start()).filter(t -> t.speaker().named());
        if (turn.isEmpty()) return a;
        Utterer u = turn.get().speaker();
        // the speaker of a turn says "I": a "he" that went to them, or to nobody, is someone the turn spoke of
        boolean toSpeaker = !u.entityKey().isEmpty() && k.entityKey().equals(u.entityKey()) || k.name().equals(u.name());
        if (!k.entityKey().isEmpty() && !toSpeaker) return a;
        int sentence = sentenceAt(ctx.doc().sentences(), k.mention().start());
        LocalEntity best = null;
        int bestAt = -1;
        for (LocalEntity e : ctx.entities()) {
            if (e.type() != org.parley.model.EntityType.PERSON || e.key().equals(u.entityKey()) || e.name().equals(u.name())) continue;
            for (org.parley.model.EntityMention m : e.mentions()) {
                int at = m.span().start();
                if (m.kind() == org.parley.model.MentionKind.PRONOUN || at < turn.get().body().start() || at >= k.mention().start() || at <= bestAt) continue;
                if (sentence - sentenceAt(ctx.doc().sentences(), at) > PRONOUN_SENTENCES) continue;
                best = e;
                bestAt = at;
            }
        }
        return best == null ? a : a.withSpeaker(new Speaker.Known(k.mention(), k.surface(), best.key(), best.name()));
    }

    private static Attribution hypothetical(Context ctx, Attribution a) {
        if (a.direct() || a.cue().isEmpty() || !(a.speaker() instanceof Speaker.Known k) || a.via().isEmpty()) return a;
        String text = ctx.text();
        int cueStart = a.cue().get().start();
        // the four words before the cue ("can certainly confirm", "would tell", "what would the Americans say")
        String before = text.substring(Math.max(0, cueStart - 40), cueStart).toLowerCase(Locale.ROOT).replace('’', '\'');
        String[] words = before.strip().split("\\s+");
        for (int i = Math.max(0, words.length - 4); i < words.length; i++) {
            if (MODALS.contains(words[i]) || words[i].endsWith("'ll") || words[i].endsWith("'d")) return null;
        }
        return a;
    }

    private static Attribution unnamedOther(Context ctx, Attribution a) {
        if (a.kind() != AttributionKind.OTHER || !(a.speaker() instanceof Speaker.Known k) || !k.entityKey().isEmpty()) return a;
        return ctx.structure().turnHolding(a.content()).filter(t -> t.speaker().named()).isPresent() ? null : a;
    }

    private static Attribution sourceless(Context ctx, Attribution a) {
        if (a.direct() || a.kind() == AttributionKind.SPEECH || !(a.speaker() instanceof Speaker.Unknown)) return a;
        return ctx.structure().turnHolding(a.content()).filter(t -> t.speaker().named()).isPresent() ? null : a;
    }

    private static Attribution pronoun(Context ctx, Attribution a) {
        if (!(a.speaker() instanceof Speaker.Known k) || !k.entityKey().isEmpty()) return a;
        return PRONOUNS.contains(k.name().toLowerCase(Locale.ROOT)) ? a.withSpeaker(Speaker.unresolved(k.mention(), k.surface())) : a;
    }

    static int sentenceAt(List<Sentence> sentences, int offset) {
        for (int i = sentences.size() - 1; i >= 0; i--) {
            if (sentences.get(i).span().start() <= offset) return i;
        }
        return 0;
    }
}
