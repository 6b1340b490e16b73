package org.parley.extract.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.entity.Countries;
import org.parley.extract.entity.Names;
import org.parley.extract.entity.Titles;
import org.parley.extract.entity.TokenView;
import org.parley.extract.quote.QuoteMarks;
import org.parley.model.AnnotatedArticle;
import org.parley.model.DocumentKind;
import org.parley.model.DocumentStructure;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.LocalEntity;
import org.parley.model.Span;
import org.parley.model.Turn;
import org.parley.model.Utterer;

/**
 * Reads what kind of text an article is and who speaks where in it. Rules, in order (their names are the
 * structure's provenance):
 * <ol>
 *   <li>{@code turn-label}: labels handing the floor to a speaker ({@link TurnLabels}) cut the text into turns,
 *       each running to the next label, a section break ("* * *") or the end; the text before the first label is
 *       the narrator's. Two or more turns make a {@link DocumentKind#TRANSCRIPT} ({@link DocumentKind#INTERVIEW}
 *       when the title says so); one label opening the text makes a {@link DocumentKind#SPEECH}.</li>
 *   <li>{@code titled-speech}: a text spoken in the first person (at least {@value #TITLED_FIRST_PERSON_PER_100}
 *       first-person pronouns per 100 words outside quotation marks), whose opening reports nobody in the third
 *       person, and whose title names an address or speech and its speaker
 *       ({@link TitleSpeaker}) is that speaker's {@link DocumentKind#SPEECH}; an office in the title is named by
 *       who held it on the article's date ({@link Offices}).</li>
 *   <li>{@code outlet-speech}: a text plainly in the first person (at least {@value #FIRST_PERSON_PER_100}), opening in
 *       its speaker's voice, reporting nobody twice, with no speaker in its title, on the site of an office
 *       ("President of Ukraine (president.gov.ua)"), is that office holder's.</li>
 *   <li>{@code outlet-readout}: any other text on an office's site is a {@link DocumentKind#READOUT}: its
 *       narrative reports the office holder and others in the third person.</li>
 *   <li>otherwise {@link DocumentKind#NEWS}.</li>
 * </ol>
 * Thread-safe: holds only lexicons.
 */
public final class StructureReader {
    /**
     * First-person pronouns per 100 words outside quotation marks. Addresses run at 2–9, formal speeches to
     * parliaments down to 1.3 (more "you" than "I"); readouts reach 1.1 ("our country" in the office's own voice).
     * A text with no address in its title must be plainly spoken in the first person; one whose title names an
     * address or speech needs only to be above the readouts.
     */
    static final double FIRST_PERSON_PER_100 = 2.5;
    static final double TITLED_FIRST_PERSON_PER_100 = 1.2;
    static final double TURN_FIRST_PERSON_PER_100 = 1.5;
    private static final int OPENING_SENTENCES = 3;
    private static final Set<String> REPORTING = Set.of("say", "note", "stress", "emphasize", "emphasise", "add",
            "state", "declare", "tell", "underline", "assure", "recall", "speak", "announce", "inform");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our",
            "ours", "ourselves");

    private final Titles titles;
    private final Countries countries;
    private final Offices offices;

    public StructureReader() {
        this(Titles.standard(), Countries.standard(), Offices.standard());
    }

    public StructureReader(Titles titles, Countries countries, Offices offices) {
        this.titles = titles;
        this.countries = countries;
        this.offices = offices;
    }

    public String name() {
        return "structure";
    }

    public DocumentStructure read(AnnotatedArticle doc, List<LocalEntity> entities) {
        TokenView tv = new TokenView(doc);
        boolean[] quoted = quoted(tv);
        List<TurnLabels.Label> labels = TurnLabels.find(tv, quoted);
        if (givesTheFloor(tv, labels)) return transcript(tv, labels, entities);
        double firstPerson = firstPersonPer100(tv, quoted, tv.size());
        if (firstPerson >= TITLED_FIRST_PERSON_PER_100) {
            int opening = openingEnd(tv);
            boolean reported = reports(tv, quoted, opening) > 0;
            Optional<TitleSpeaker> titled = TitleSpeaker.read(doc.article().title(), titles, countries);
            Optional<Utterer> who = titled.flatMap(t -> fromTitle(t, doc, entities));
            if (who.isPresent() && (!reported || firstPerson >= FIRST_PERSON_PER_100)) return speech(doc, who.get(), "titled-speech");
            Optional<Utterer> principal = principal(doc, entities);
            boolean interview = doc.article().title().toLowerCase(Locale.ROOT).contains("interview");
            if (principal.isPresent() && firstPerson >= FIRST_PERSON_PER_100 && !reported && voiced(tv, quoted, opening) && reports(tv, quoted, tv.size()) < 2
                    && !interview) {
                return speech(doc, principal.get(), "outlet-speech");
            }
        }
        if (outletOffice(doc.article().outlet()).isPresent()) {
            return new DocumentStructure(DocumentKind.READOUT, List.of(), List.of("outlet-readout"));
        }
        return DocumentStructure.news();
    }

    /**
     * Labels make a transcript when the words after them are spoken: at least {@value #TURN_FIRST_PERSON_PER_100}
     * first-person pronouns per 100 words over the turns (Kremlin transcripts run at 3–6). "Name: words" lines in a
     * news report are headlines, captions or book titles ("Barack Obama: The Story. The book delves into …"), told in
     * the third person.
     */
    private static boolean givesTheFloor(TokenView tv, List<TurnLabels.Label> labels) {
        if (labels.isEmpty()) return false;
        int words = 0;
        int first = 0;
        for (int i = 0; i < labels.size(); i++) {
            int end = i + 1 < labels.size() ? labels.get(i + 1).first() : tv.size();
            for (int k = labels.get(i).colon() + 1; k < end; k++) {
                if (tv.isPunctuation(k)) continue;
                words++;
                if (FIRST_PERSON.contains(tv.lower(k))) first++;
            }
        }
        return words > 0 && 100.0 * first / words >= TURN_FIRST_PERSON_PER_100;
    }

    private DocumentStructure transcript(TokenView tv, List<TurnLabels.Label> labels, List<LocalEntity> entities) {
        String text = tv.doc().text();
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            TurnLabels.Label l = labels.get(i);
            int start = skipSpace(text, tv.get(l.colon()).span().end());
            int end = i + 1 < labels.size() ? TurnLabels.span(tv, labels.get(i + 1)).start() : text.length();
            end = Math.min(end, sectionBreak(text, start, end));
            end = trimEnd(text, start, end);
            if (end <= start) continue;
            Span label = TurnLabels.span(tv, l);
            Utterer who = l.generic() ? introduced(tv, start, entities).orElse(new Utterer("", "", label, "label"))
                    : utterer(tv, l, entities);
            turns.add(new Turn(label, new Span(start, end), who));
        }
        String title = tv.doc().article().title().toLowerCase(Locale.ROOT);
        boolean opening = turns.size() == 1 && text.substring(0, turns.get(0).label().start()).isBlank();
        DocumentKind kind = opening ? DocumentKind.SPEECH
                : title.contains("interview") ? DocumentKind.INTERVIEW : DocumentKind.TRANSCRIPT;
        boolean introductions = turns.stream().anyMatch(t -> t.speaker().basis().equals("introduction"));
        return new DocumentStructure(kind, turns, introductions ? List.of("turn-label", "turn-self-introduction") : List.of("turn-label"));
    }

    /**
     * {@code turn-self-introduction}: a questioner behind a generic label who opens with their name and outlet
     * ("Question: Ksenia Golovanova, Interfax news agency. I have a question …") is that person.
     */
    private static Optional<Utterer> introduced(TokenView tv, int bodyStart, List<LocalEntity> entities) {
        int k = tv.firstStartingAt(bodyStart);
        if (k < 0 || k >= tv.size() || tv.get(k).span().start() != bodyStart) return Optional.empty();
        int first = k;
        while (k < tv.size() && tv.get(k).ner().equals("PERSON")) k++;
        if (k - first < 2 || k >= tv.size() || !tv.get(k).word().equals(",")) return Optional.empty();
        Span name = new Span(tv.get(first).span().start(), tv.get(k - 1).span().end());
        for (LocalEntity e : entities) {
            for (EntityMention m : e.mentions()) {
                if (e.type() == EntityType.PERSON && name.contains(m.span())) return Optional.of(new Utterer(e.name(), e.key(), m.span(), "introduction"));
            }
        }
        return Optional.of(new Utterer(name.of(tv.doc().text()), "", name, "introduction"));
    }

    /** The person a label names: the article's entity whose mention lies in the label, else the PERSON words. */
    private static Utterer utterer(TokenView tv, TurnLabels.Label l, List<LocalEntity> entities) {
        Span label = TurnLabels.span(tv, l);
        String text = tv.doc().text();
        LocalEntity best = null;
        EntityMention at = null;
        for (LocalEntity e : entities) {
            if (e.type() != EntityType.PERSON) continue;
            for (EntityMention m : e.mentions()) {
                if (label.contains(m.span()) && (at == null || m.span().end() > at.span().end())) {
                    best = e;
                    at = m;
                }
            }
        }
        if (best != null) return new Utterer(best.name(), best.key(), at.span(), "label");
        int last = l.last();
        while (last >= l.first() && !tv.get(last).ner().equals("PERSON")) last--;
        int first = last;
        while (first - 1 >= l.first() && tv.get(first - 1).ner().equals("PERSON")) first--;
        Span name = new Span(tv.get(first).span().start(), tv.get(last).span().end());
        // "V.Putin": an initial and a surname name the article's person with that surname and initial
        String surface = name.of(text);
        String surname = surface.substring(Math.max(surface.lastIndexOf('.'), surface.lastIndexOf(' ')) + 1);
        for (LocalEntity e : entities) {
            if (e.type() == EntityType.PERSON && e.name().contains(" ") && Names.sameWord(lastWord(e.name()), surname)
                    && e.name().charAt(0) == surface.charAt(0)) {
                return new Utterer(e.name(), e.key(), name, "label");
            }
        }
        return new Utterer(surface, "", name, "label");
    }

    private DocumentStructure speech(AnnotatedArticle doc, Utterer who, String rule) {
        String text = doc.text();
        int start = skipSpace(text, 0);
        int end = trimEnd(text, start, text.length());
        Span at = new Span(start, start);
        return new DocumentStructure(DocumentKind.SPEECH, List.of(new Turn(at, new Span(start, end), who)), List.of(rule));
    }

    /** The speaker a title names, as the article's entity of that name when it has one. */
    private Optional<Utterer> fromTitle(TitleSpeaker t, AnnotatedArticle doc, List<LocalEntity> entities) {
        if (t.name().isPresent()) return Optional.of(named(t.name().get(), entities, "title"));
        return Office.parse(t.office(), countries)
                .or(() -> isPrincipalTitle(t.office()) ? outletOffice(doc.article().outlet()) : Optional.empty())
                .flatMap(o -> holder(o, doc))
                .map(name -> named(name, entities, "title"));
    }

    /** The holder of the office whose site published the article ("President of Ukraine (president.gov.ua)"). */
    public Optional<Utterer> principal(AnnotatedArticle doc, List<LocalEntity> entities) {
        return outletOffice(doc.article().outlet()).flatMap(o -> holder(o, doc)).map(n -> named(n, entities, "outlet"));
    }

    /** The office an outlet's name gives, if it is an office's own site. */
    public Optional<Office> outletOffice(String outlet) {
        for (String part : outlet.split("\\s+[-–—|]\\s+|[()]")) {
            Optional<Office> o = Office.parse(part.strip(), countries);
            if (o.isPresent()) return o;
        }
        return Optional.empty();
    }

    /** Who held the office on the article's date (today's holder when the article has no date). */
    public Optional<String> holder(Office o, AnnotatedArticle doc) {
        LocalDate day = doc.article().published().orElse(LocalDate.now());
        return offices.holder(o.office(), o.country(), day);
    }

    /** "Head of State", "the President": an office named without its country means the site's own. */
    private boolean isPrincipalTitle(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
        return p.equals("president") || p.equals("head of state");
    }

    /** A name as the article's person entity with the same surname and first letter, if there is one. */
    private static Utterer named(String name, List<LocalEntity> entities, String basis) {
        for (LocalEntity e : entities) {
            if (e.type() == EntityType.PERSON && e.name().contains(" ") && Names.sameWord(lastWord(e.name()), lastWord(name))
                    && Character.toLowerCase(e.name().charAt(0)) == Character.toLowerCase(name.charAt(0))) {
                return new Utterer(e.name(), e.key(), new Span(0, 0), basis);
            }
        }
        return new Utterer(name, "", new Span(0, 0), basis);
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    static boolean[] quoted(TokenView tv) {
        boolean[] quoted = new boolean[tv.size()];
        for (QuoteMarks.Quote q : QuoteMarks.find(tv.doc().text())) {
            int[] r = tv.inside(new Span(q.outer().start(), q.outer().end()));
            for (int k = r[0]; k < r[1]; k++) quoted[k] = true;
        }
        return quoted;
    }

    /** The end token of the opening: the first {@value #OPENING_SENTENCES} sentences. */
    private static int openingEnd(TokenView tv) {
        List<org.parley.model.Sentence> sentences = tv.doc().sentences();
        return sentences.isEmpty() ? 0 : sentences.get(Math.min(OPENING_SENTENCES, sentences.size()) - 1).endToken();
    }

    /**
     * An address opens in its speaker's voice: a first-person word outside quotation marks, or an exclamation
     * ("Free people of a free country! Our 26th day …", "Dear Mr. Speaker!"). A news item on the same site that
     * quotes the president at length opens as a report ("During a phone conversation, President … spoke").
     */
    private static boolean voiced(TokenView tv, boolean[] quoted, int end) {
        for (int k = 0; k < end; k++) if (!quoted[k] && tv.lower(k).equals("!")) return true;
        return firstPersonPer100(tv, quoted, end) > 0;
    }

    /**
     * How many times the tokens before {@code end} report a person's words in the third person outside quotation
     * marks ("said Volodymyr Zelenskyy", "The President noted", "he stressed"): a report about speech, however much
     * first person its quotations carry (straight marks nested in each other defeat the quotation-mark count).
     */
    private int reports(TokenView tv, boolean[] quoted, int end) {
        int reports = 0;
        for (int k = 0; k < end; k++) {
            if (quoted[k] || !REPORTING.contains(tv.lemma(k).toLowerCase(Locale.ROOT)) || !tv.isVerb(k)) continue;
            for (int j = Math.max(0, k - 3); j <= Math.min(tv.size() - 1, k + 3); j++) {
                String w = tv.lower(j);
                if (j != k && !quoted[j] && (w.equals("he") || w.equals("she") || tv.get(j).ner().equals("PERSON")
                        || titles.isTitle(w) && tv.isCapitalised(j))) {
                    reports++;
                    break;
                }
            }
        }
        return reports;
    }

    static double firstPersonPer100(TokenView tv, boolean[] quoted, int endToken) {
        int words = 0;
        int first = 0;
        for (int k = 0; k < endToken; k++) {
            if (quoted[k] || tv.isPunctuation(k)) continue;
            words++;
            if (FIRST_PERSON.contains(tv.lower(k))) first++;
        }
        return words == 0 ? 0 : 100.0 * first / words;
    }

    /** Where a "* * *" section break falls in [from, to), or {@code to}. */
    private static int sectionBreak(String text, int from, int to) {
        int at = text.indexOf("* * *", from);
        return at >= 0 && at < to ? at : to;
    }

    private static int skipSpace(String text, int k) {
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
        return k;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }
}
