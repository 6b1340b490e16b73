package org.parley.extract.entity;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Name comparison that tolerates transliteration: "Zelensky" / "Zelenskyy" / "Zelenskiy", "Medvedev" /
 * "Medvedyev". Names are folded to a skeleton (diacritics off, lower case, doubled letters single, final
 * y/i/ij/ie one sound) and then compared with a small edit distance that grows with length.
 */
public final class Names {
    /** Each form of a given name ({@code given-names.tsv}) and the lines it is on: "joe" -> {3}, "joseph" -> {3}. */
    private static final Map<String, Set<Integer>> GIVEN = given(Lexicon.lines(Names.class, "given-names.tsv"));

    private Names() {
    }

    static Map<String, Set<Integer>> given(List<String> lines) {
        Map<String, Set<Integer>> out = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            for (String form : lines.get(i).split(";")) {
                if (!form.isBlank()) out.computeIfAbsent(form.strip().toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(i);
            }
        }
        return out;
    }

    /** Whether two given names are forms of one name: "Joe" / "Joseph", "Volodymyr" / "Vladimir". */
    public static boolean sameGivenName(String a, String b) {
        Set<Integer> x = GIVEN.get(a.toLowerCase(Locale.ROOT));
        Set<Integer> y = GIVEN.get(b.toLowerCase(Locale.ROOT));
        return x != null && y != null && x.stream().anyMatch(y::contains);
    }

    public static String skeleton(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        s = s.replaceAll("(.)\\1+", "$1");
        s = s.replaceAll("(ij|iy|yi|ie|i|y|ey)$", "y");
        s = s.replace("kh", "h").replace("w", "v").replace("ph", "f").replace("ck", "k").replace("j", "y");
        return s;
    }

    /** Whether two single name words are spellings of one name. */
    public static boolean sameWord(String a, String b) {
        return sameSkeleton(skeleton(a), skeleton(b));
    }

    /**
     * {@link #sameWord} on words already folded by {@link #skeleton}. Two skeletons match only when they are equal
     * or start with the same letter, which callers comparing many names use to compare only those.
     */
    public static boolean sameSkeleton(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) return false;
        if (x.equals(y)) return true;
        int shorter = Math.min(x.length(), y.length());
        if (shorter < 6 || x.charAt(0) != y.charAt(0)) return false;
        return distance(x, y) <= (shorter >= 9 ? 2 : 1);
    }

    /** Whether a first name and an initial or short form agree ("J." / "JD" / "James"). */
    public static boolean compatibleFirst(String a, String b) {
        if (sameWord(a, b) || sameGivenName(a, b)) return true;
        String x = a.replace(".", "");
        String y = b.replace(".", "");
        if (x.isEmpty() || y.isEmpty()) return false;
        boolean initials = x.length() <= 2 || y.length() <= 2;
        return initials && Character.toLowerCase(x.charAt(0)) == Character.toLowerCase(y.charAt(0));
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** "Mark Rutte" -> "mark-rutte": the slug of entity ids. */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }
}
