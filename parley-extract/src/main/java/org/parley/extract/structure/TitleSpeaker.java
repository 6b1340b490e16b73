package org.parley.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.extract.entity.Countries;
import org.parley.extract.entity.Titles;

/**
 * The speaker an address's or a speech's title names: "Speech by President of Ukraine Volodymyr Zelenskyy at
 * Chatham House", "… - address by the President of Ukraine", "Head of State addressed foreign diplomats",
 * "Address by Head of the Office of the President Andriy Yermak to …". A person's name when the title gives one,
 * else the office.
 *
 * @param name   the person's name, or empty when the title names only an office
 * @param office the office the title names around the name, or the whole phrase when it names no person
 */
public record TitleSpeaker(Optional<String> name, String office) {
    /** "address / speech / statement / remarks by|of <speaker>", ended by a preposition, a colon or the end. */
    private static final Pattern BY = Pattern.compile(
            "(?i)\\b(?:address|speech|statement|remarks|message|lecture|appeal|article|essay|op-ed|column)\\s+(?:by|of|from)\\s+(.+?)(?=\\s+(?:at|to|in|on|during|before|with|for|from|after)\\s|[:,;.!?\"“«]|\\s[-–—]\\s|$)");
    /** "<speaker> addressed / spoke to …" opening the title. */
    private static final Pattern ADDRESSED = Pattern.compile(
            "^(.+?)\\s+(?:addressed|addresses|spoke to|speaks to|delivered)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’.-]*");

    /** The speaker a title names, if it is the title of an address or a speech. */
    public static Optional<TitleSpeaker> read(String title, Titles titles, Countries countries) {
        Matcher m = BY.matcher(title);
        String phrase = m.find() ? m.group(1) : null;
        if (phrase == null) {
            Matcher a = ADDRESSED.matcher(title);
            if (a.find()) phrase = a.group(1);
        }
        if (phrase == null || phrase.isBlank()) return Optional.empty();
        phrase = phrase.strip();
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(phrase);
        while (w.find()) words.add(w.group());
        // the name is the run of capitalised words at the end that are neither title words nor a country
        int k = words.size();
        while (k > 0) {
            String word = words.get(k - 1);
            if (!Character.isUpperCase(word.charAt(0)) || titles.isTitleWord(word) || titles.isHonorific(word)
                    || countries.lookup(word).isPresent()) break;
            k--;
        }
        if (k == words.size()) return Optional.of(new TitleSpeaker(Optional.empty(), phrase));
        String name = String.join(" ", words.subList(k, words.size()));
        String office = String.join(" ", words.subList(0, k));
        // one capitalised word is a name only after a title ("President Zelenskyy"), not in "Head of State"
        if (words.size() - k < 2 && (k == 0 || !titles.isTitleWord(words.get(k - 1)) && !titles.isHonorific(words.get(k - 1)))) {
            return Optional.of(new TitleSpeaker(Optional.empty(), phrase));
        }
        return Optional.of(new TitleSpeaker(Optional.of(name), office));
    }
}
