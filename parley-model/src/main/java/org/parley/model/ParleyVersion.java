package org.parley.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of Parley this build is: the Maven project version, written into a resource when the build runs. */
public final class ParleyVersion {
    private static final String RESOURCE = "/org/parley/model/version.properties";
    private static final String VERSION = load();

    private ParleyVersion() {
    }

    /** e.g. {@code 0.1.0-SNAPSHOT}; the same for {@code parley --version}, the API and its OpenAPI document. */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ParleyVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath; rebuild parley-model");
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            if (v.isBlank() || v.contains("${")) {
                throw new IllegalStateException(RESOURCE + " holds no version ('" + v + "'); it is written by Maven's resource filtering");
            }
            return v.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
    }
}
