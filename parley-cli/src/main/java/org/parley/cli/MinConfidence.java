package org.parley.cli;

import org.parley.extract.stance.StanceAggregator;
import picocli.CommandLine.Option;

/**
 * {@code --min-confidence P}: statements read with less confidence are not counted on the map (the default is what
 * shifts use).
 */
public final class MinConfidence {
    @Option(names = "--min-confidence", paramLabel = "P", defaultValue = "" + StanceAggregator.DEFAULT_MIN_CONFIDENCE,
            description = "Statements read with less confidence are not counted (default: ${DEFAULT-VALUE}, as for shifts).")
    double value;

    /** The value as given; the map's options check it. */
    double value() {
        return value;
    }

    /** The value, or a one-line error when it is not in [0, 1]. */
    double checked() {
        if (value < 0 || value > 1) throw new UserException("--min-confidence " + value + " is not in [0, 1]");
        return value;
    }
}
