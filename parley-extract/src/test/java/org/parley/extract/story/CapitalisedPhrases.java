package org.parley.extract.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap stand-in for NER in story evaluations: runs of capitalised words, leading function words dropped
 * ("The", "In"), a lone surname mapped to the longer name ending with it in the same article ("Beck" -> "Glenn
 * Beck"). Phrases of two to four words count as people: crude, and said so in the report.
 */
final class CapitalisedPhrases {
    private static final Pattern PHRASE = Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*)*");

    record Found(List<String> entities, List<String> people) {
    }

    private CapitalisedPhrases() {
    }

    static Found in(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = PHRASE.matcher(text);
        while (m.find()) {
            List<String> words = new ArrayList<>(List.of(m.group().split("\\s+")));
            while (!words.isEmpty() && !Terms.keep(words.get(0).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""))) {
                words.remove(0);
            }
            if (words.isEmpty()) continue;
            String phrase = String.join(" ", words).replaceAll("['’]s$", "").replaceAll("[.]$", "");
            if (phrase.length() < 2) continue;
            counts.merge(phrase, 1, Integer::sum);
        }
        Map<String, String> longer = new LinkedHashMap<>();
        for (String p : counts.keySet()) {
            if (p.contains(" ")) longer.putIfAbsent(p.substring(p.lastIndexOf(' ') + 1), p);
        }
        TreeSet<String> entities = new TreeSet<>();
        TreeSet<String> people = new TreeSet<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String name = longer.getOrDefault(e.getKey(), e.getKey());
            int words = name.split(" ").length;
            if (words == 1 && e.getValue() < 2 && !longer.containsKey(e.getKey())) continue;
            entities.add(name);
            if (words >= 2 && words <= 4) people.add(name);
        }
        return new Found(List.copyOf(entities), List.copyOf(people));
    }
}
