package org.parley.extract.map;

import java.util.Objects;

/**
 * A side in the negotiation: a country's government, an organisation, or a person speaking for no one.
 *
 * @param key   a stable key ("country:russia", "override:russia", or the speaker's own key)
 * @param name  what to show ("Russia", "NATO", "Donald Trump")
 * @param basis why the speaker belongs to it, in words ("role 'Kremlin spokesman' names Russia")
 */
public record Party(String key, String name, String basis) {
    public Party {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(basis, "basis is null");
    }
}
