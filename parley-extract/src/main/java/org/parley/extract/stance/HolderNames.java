package org.parley.extract.stance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether two ways of naming a holder name the same one: case, accents, "the" and possessives aside,
 * equal names, or one name's last word being the other's last word ("Vladimir Putin" and "Putin"), or a
 * multi-word name inside the other ("Foreign Ministry" in "Ukraine's Foreign Ministry").
 */
public final class HolderNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern OWNED = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)");
    private static final Set<String> DROP = Set.of("the", "s", "mr", "mrs", "ms", "president", "secretary", "minister", "general");

    private HolderNames() {
    }

    /**
     * Lower-case words of a name without accents, "the", possessives or honorifics. A body named with its country
     * in brackets, as entities name them ("Foreign Ministry (Ukraine)"), reads as "Ukraine's Foreign Ministry".
     */
    public static List<String> words(String name) {
        java.util.regex.Matcher owned = OWNED.matcher(name.strip());
        if (owned.matches()) name = owned.group(2) + " " + owned.group(1);
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(plain)) if (!w.isEmpty() && !DROP.contains(w)) out.add(w);
        return out;
    }

    public static boolean same(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        if (x.equals(y)) return true;
        if (close(x.get(x.size() - 1), y.get(y.size() - 1)) && (x.size() == 1 || y.size() == 1 || close(x.get(0), y.get(0)))) return true;
        String xs = " " + String.join(" ", x) + " ";
        String ys = " " + String.join(" ", y) + " ";
        return x.size() > 1 && ys.contains(xs) || y.size() > 1 && xs.contains(ys);
    }

    /** Equal, or one edit apart when both are long enough for a spelling variant ("Zelensky", "Zelenskyy"). */
    private static boolean close(String a, String b) {
        if (a.equals(b)) return true;
        if (Math.min(a.length(), b.length()) < 6 || Math.abs(a.length() - b.length()) > 1) return false;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] <= 1;
    }

    /** Whether {@code name} names any of {@code names}. */
    public static boolean any(String name, Collection<String> names) {
        for (String n : names) if (same(name, n)) return true;
        return false;
    }
}
