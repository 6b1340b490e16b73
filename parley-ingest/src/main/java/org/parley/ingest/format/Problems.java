package org.parley.ingest.format;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.parley.model.Outcome;
import org.parley.model.Problem;
import org.parley.model.StageException;

/** The problems readers report, worded once so every format says the same thing the same way. */
public final class Problems {
    public static final String READ = "read";
    public static final String CLEAN = "clean";
    static final String FORMATS = "Parley reads plain text (.txt), HTML (.html), JSON Lines (.jsonl), JSON (.json), "
            + "RSS/Atom feeds (.rss, .atom, .xml) and WARC (.warc, .warc.gz)";

    private Problems() {
    }

    public static StageException read(String source, String message, String hint) {
        return new StageException(READ, source, message, hint);
    }

    public static <T> Outcome<T> failed(String source, String message, String hint) {
        return Outcome.failed(new Problem(source, READ, message, hint));
    }

    public static StageException io(String source, IOException e) {
        if (e instanceof NoSuchFileException) {
            return read(source, "no such file or folder", "check the path; relative paths start from " + System.getProperty("user.dir"));
        }
        if (e instanceof AccessDeniedException) {
            return read(source, "cannot read: permission denied", "give read permission (chmod +r) or run as a user who may read it");
        }
        if (e instanceof EOFException || String.valueOf(e.getMessage()).contains("Unexpected end of ZLIB")) {
            return read(source, "is cut short: it ends in the middle of its data", "the file is incomplete; copy or download it again");
        }
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return read(source, "cannot read: " + what, "check that the file is readable and not damaged");
    }

    public static StageException tooLarge(String source, long size, long limit, String what) {
        return read(source, "%s is %s, over the %s limit".formatted(what, bytes(size), bytes(limit)),
                "split it, or raise the limit (--max-file-size / IngestConfig.maxFileBytes)");
    }

    public static StageException empty(String source) {
        return read(source, "file is empty", "remove it, or give a file holding article text");
    }

    public static StageException blank(String source) {
        return read(source, "file holds only white space", "remove it, or give a file holding article text");
    }

    public static StageException binary(String source, String why) {
        return read(source, "looks binary, not text (" + why + ")", FORMATS + "; remove other files from the input");
    }

    public static String bytes(long n) {
        if (n < 1024) return n + " bytes";
        if (n < 1L << 20) return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
        if (n < 1L << 30) return String.format(Locale.ROOT, "%.1f MiB", n / (double) (1L << 20));
        return String.format(Locale.ROOT, "%.1f GiB", n / (double) (1L << 30));
    }
}
