package org.parley.cli;

import org.parley.model.ParleyVersion;
import picocli.CommandLine.IVersionProvider;

/** The version of this build ({@link ParleyVersion}, the same the API reports), with the Java runtime it runs on. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"parley " + ParleyVersion.get(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
