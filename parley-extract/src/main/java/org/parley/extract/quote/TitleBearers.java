package org.parley.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.extract.entity.Titles;
import org.parley.model.Attribution;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.LocalEntity;
import org.parley.model.MentionKind;
import org.parley.model.Speaker;

/**
 * A title that stands for the person it was given to earlier in the text ("the Deputy Head of the Office of the
 * President" after "Deputy Head of the Office of the President of Ukraine Ihor Zhovkva"): the function of
 * {@link Utterances}' rule {@code title-is-its-bearer} and the reading of titles written before names.
 */
final class TitleBearers {
    private static final Titles TITLES = Titles.standard();
    /** Words that may stand inside a title between its capitalised words ("Minister for the Reintegration of …"). */
    private static final Set<String> TITLE_JOINERS = Set.of("of", "the", "and", "for", "to", "on", "in", "at", "with", "'s", "’s");
    private static final Pattern POSSESSIVE = Pattern.compile("([\\p{L}-]+)['’]s ([\\p{L}-]+)");
    /** How far before a name its title may begin. */
    private static final int TITLE_WINDOW = 220;

    private TitleBearers() {
    }

    /**
     * "the Adviser", "the Deputy Prime Minister" as a speaker: the person that title was given to in the text before
     * (a title written right before the name, or the entity's own role), the nearest one first.
     */
    static Attribution titleBearer(Utterances.Context ctx, Attribution a) {
        if (!(a.speaker() instanceof Speaker.Known k) || k.inText().isEmpty()) return a;
        String text = ctx.text();
        String title = k.surface().strip().replaceFirst("^(?i)the\\s+", "");
        // "The Adviser to the Head of | the President's Office": the mention is the complement of a title before it,
        // and the speaker is that title's bearer, not the office the complement names
        String lead = titleBefore(text, k.mention().start());
        if (!lead.isEmpty() && lead.matches("(?i).*\\b(of|to|for)$") && hasTitleWord(lead)) {
            title = (lead + " " + k.surface().strip()).replaceFirst("^(?i)the\\s+", "");
        } else if (!k.entityKey().isEmpty()) {
            return a;
        }
        if (title.isEmpty() || !Character.isUpperCase(title.charAt(0)) || !hasTitleWord(title)) return a;
        if (title.matches("(?i)(mr|mrs|ms|madam|madame)\\.?\\s.*")) return a; // "Mr President": an address, not a description
        String wanted = normalise(title);
        int speakerAt = k.mention().start();
        LocalEntity best = null;
        int bestAt = -1;
        for (LocalEntity e : ctx.entities()) {
            if (e.type() != EntityType.PERSON) continue;
            boolean byRole = e.roles().stream().anyMatch(r -> startsWithTitle(normalise(r), wanted));
            for (EntityMention m : e.mentions()) {
                int at = m.span().start();
                if (m.kind() == MentionKind.PRONOUN || at >= speakerAt || at <= bestAt) continue;
                // a role mention carries its title ("Deputy Head of the Office of the President of Ukraine Roman Mashovets")
                // ("The President of Ukraine and the President of the European Council" is two people: no title of one)
                String written = m.kind() == MentionKind.ROLE ? m.span().of(text) : titleBefore(text, at, nameEndBefore(ctx, at));
                if (m.kind() == MentionKind.ROLE && written.contains(" and ")) continue;
                if (byRole || startsWithTitle(normalise(written), wanted)) {
                    best = e;
                    bestAt = at;
                }
            }
        }
        if (best == null) return a;
        return a.withSpeaker(new Speaker.Known(k.mention(), k.surface(), best.key(), best.name()));
    }

    static boolean hasTitleWord(String title) {
        for (String w : title.split("[\\s]+")) {
            String bare = w.replaceAll("['’]s$", "");
            if (Character.isUpperCase(bare.isEmpty() ? 'a' : bare.charAt(0)) && (TITLES.isTitleWord(bare) || TITLES.isTitle(bare))) return true;
        }
        return false;
    }


    /**
     * The title written right before a name: the longest run of capitalised words and title joiners that ends where
     * the name starts, within its clause ("For her part, Deputy Prime Minister and Minister for … Iryna Vereshchuk").
     */
    static String titleBefore(String text, int nameStart) {
        return titleBefore(text, nameStart, 0);
    }

    /** The end of the last person's name before {@code at}: a title never reaches back over another person. */
    private static int nameEndBefore(Utterances.Context ctx, int at) {
        int end = 0;
        for (LocalEntity e : ctx.entities()) {
            if (e.type() != EntityType.PERSON) continue;
            for (EntityMention m : e.mentions()) {
                if (m.kind() != MentionKind.PRONOUN && m.span().end() < at && m.span().end() > end) end = m.span().end();
            }
        }
        return end;
    }

    static String titleBefore(String text, int nameStart, int floor) {
        int from = Math.max(floor, Math.max(0, nameStart - TITLE_WINDOW));
        String window = text.substring(from, nameStart);
        String[] words = window.split("\\s+");
        int start = words.length;
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            if (w.isEmpty()) continue;
            // the clause before ends here ("… Charles Michel. Volodymyr Zelenskyy"); "Mr." and "Sen." end no clause
            if (w.matches(".*[.,;:!?\"“”()]$") && !w.matches("\\p{Lu}\\p{L}{0,3}\\.")) break;
            boolean capital = Character.isUpperCase(w.charAt(0));
            String bare = w.replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
            if (!capital && !TITLE_JOINERS.contains(bare) && !TITLE_JOINERS.contains(w.toLowerCase(Locale.ROOT))) break;
            // "Deputy Prime Minister and Minister for …" is one title; "… Roman Mashovets and Ambassador …" is two people
            if (bare.equals("and") && (i == 0 || !TITLES.isTitleWord(words[i - 1].replaceAll("[^\\p{L}-]", "")))) break;
            start = i;
        }
        // a title starts with a capitalised word, never with "of the …" or "to the …"
        while (start < words.length && !words[start].isEmpty() && !Character.isUpperCase(words[start].charAt(0))) start++;
        return String.join(" ", List.of(words).subList(Math.min(start, words.length), words.length)).strip();
    }

    /** Lower case, "the President's Office" as "the Office of the President", no leading "the". */
    static String normalise(String title) {
        String t = title.strip().replace('’', '\'');
        Matcher m = POSSESSIVE.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) + " of the " + m.group(1)));
        m.appendTail(out);
        return out.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("^the ", "")
                .replace("of the the ", "of the ");
    }

    /** Whether a title begins with the wanted one as whole words ("deputy head of …" does not begin "head of …"). */
    private static boolean startsWithTitle(String title, String wanted) {
        return !wanted.isEmpty() && title.startsWith(wanted)
                && (title.length() == wanted.length() || title.charAt(wanted.length()) == ' ');
    }

}
