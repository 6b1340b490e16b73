package org.parley.spark;

import java.io.Serializable;
import java.util.Objects;
import org.parley.extract.issue.IssueCatalog;

/**
 * What the per-article analysis depends on, shipped to every executor: the issues stances are read on, as the JSON
 * text of the issue file (executors may not see the driver's files). Equal configs share one loaded pipeline per
 * executor JVM (see {@link Pipelines}).
 *
 * @param issuesSource what the issues are called in error messages: a file path, or "bundled"
 * @param issuesJson   the issue file's JSON, or the empty string for the bundled issues
 */
public record AnalysisConfig(String issuesSource, String issuesJson) implements Serializable {
    private static final long serialVersionUID = 1L;

    public AnalysisConfig {
        Objects.requireNonNull(issuesSource, "issuesSource is null");
        issuesJson = Objects.requireNonNullElse(issuesJson, "");
        if (!issuesJson.isEmpty()) IssueCatalog.parse(issuesSource, issuesJson);
    }

    /** The issues bundled with Parley, as the CLI uses without --issues. */
    public static AnalysisConfig bundled() {
        return new AnalysisConfig("bundled", "");
    }

    public IssueCatalog catalog() {
        return issuesJson.isEmpty() ? IssueCatalog.bundled() : IssueCatalog.parse(issuesSource, issuesJson);
    }
}
