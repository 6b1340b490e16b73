package org.parley.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The line rules of the cleaner, read from {@code residue-lines.tsv} (zone, max chars, reason, regex), so the
 * patterns are data that can be reviewed and extended without touching code.
 */
final class ResidueTable {
    static final String RESOURCE = "residue-lines.tsv";

    private ResidueTable() {
    }

    static List<LineRule> load() {
        try (InputStream in = ResidueTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource " + RESOURCE + " is missing from the ingest jar");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<LineRule> rules = new ArrayList<>();
            String row;
            int number = 0;
            while ((row = reader.readLine()) != null) {
                number++;
                if (row.isBlank() || row.startsWith("#")) continue;
                rules.add(parse(row, number));
            }
            return List.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static LineRule parse(String row, int number) {
        String[] f = row.split("\t", 4);
        if (f.length != 4) {
            throw new IllegalStateException(RESOURCE + ":" + number + ": expected zone, max chars, reason and regex separated by tabs");
        }
        try {
            LineRule.Zone zone = LineRule.Zone.valueOf(f[0].strip().toUpperCase(Locale.ROOT));
            Pattern pattern = Pattern.compile(f[3].strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            return new LineRule(zone, Integer.parseInt(f[1].strip()), f[2].strip(), pattern);
        } catch (IllegalArgumentException e) { // also PatternSyntaxException and NumberFormatException
            throw new IllegalStateException(RESOURCE + ":" + number + ": " + e.getMessage(), e);
        }
    }
}
