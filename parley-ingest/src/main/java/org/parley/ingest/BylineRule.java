package org.parley.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline at the head of an article: {@code By Editorial Staff}, {@code By Jane Doe | Reuters}. The line is
 * residue either way; a byline naming people yields the author.
 */
final class BylineRule {
    static final String REASON = "byline";
    private static final Pattern BYLINE = Pattern.compile("(?i)by\\s*:?\\s+(.{2,100})");
    /** Words of a byline that names no person. */
    private static final Set<String> STAFF = Set.of("staff", "editorial", "editors", "editor", "team", "desk", "newsroom",
            "news", "wire", "wires", "reporters", "reporter", "correspondent", "correspondents", "agencies", "agency",
            "service", "services", "writers", "writer", "the", "and", "our", "a", "an", "contributors", "contributor",
            "admin", "administrator", "guest", "author", "web", "online", "digital", "&");
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019.-]*(\\s+(\\p{Lu}[\\p{L}'\u2019.-]*|van|von|de|da|del|della|der|den|la|le|bin|al|dos|du|ter|and|&))*\\s+\\p{Lu}[\\p{L}'\u2019.-]*");

    private BylineRule() {
    }

    static boolean isByline(String line) {
        return parse(line).isPresent();
    }

    /** The byline's person, empty when it names only staff; no value when the line is not a byline. */
    static Optional<String> parse(String line) {
        if (line.length() > 120) return Optional.empty();
        Matcher m = BYLINE.matcher(line.strip());
        if (!m.matches()) return Optional.empty();
        String who = m.group(1).split("\\s+[|\u2022\u00b7\u2013\u2014-]\\s+|,\\s*|\\s+/\\s+")[0].strip().replaceAll("[.;:]$", "");
        if (who.isEmpty()) return Optional.empty();
        if (staffOnly(who)) return Optional.of("");
        return NAME.matcher(who).matches() && who.split("\\s+").length <= 8 ? Optional.of(who) : Optional.empty();
    }

    private static boolean staffOnly(String who) {
        for (String w : who.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!STAFF.contains(w)) return false;
        }
        return true;
    }
}
