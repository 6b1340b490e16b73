package org.parley.spark;

import java.util.List;
import java.util.Objects;

/**
 * One run of the job.
 *
 * @param inputs     files or folders on any Hadoop file system
 * @param output     the folder the tables are written under (replaced: a rerun overwrites)
 * @param partitions how many analysis tasks; articles are spread over them by a hash of their id
 */
public record JobSpec(List<String> inputs, String output, AnalysisConfig config, int partitions) {
    public JobSpec {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output is null");
        Objects.requireNonNull(config, "config is null");
        if (inputs.isEmpty()) throw new IllegalArgumentException("no input: give --input PATH[,PATH]");
        if (partitions < 1) throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
    }
}
