package org.parley.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, with the Java runtime it runs on. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"parley " + (v == null ? "development build" : v),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
