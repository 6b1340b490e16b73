package org.parley.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-02-13|2025-02-13",
            "2025-02-13T23:30:00Z|2025-02-13",
            "2025-02-13T23:30:00-05:00|2025-02-13",
            "2025-02-13T09:30:00.123+01:00|2025-02-13",
            "2025-02-13 09:30:00|2025-02-13",
            "Thu, 13 Feb 2025 09:30:00 +0100|2025-02-13",
            "Thu, 13 Feb 2025 09:30:00 GMT|2025-02-13",
            "Thu, 13 Feb 2025 09:30:00 EST|2025-02-13",
            "13 Feb 2025 09:30 +0000|2025-02-13",
            "February 13, 2025|2025-02-13",
            "Feb 13, 2025|2025-02-13",
            "13 February 2025|2025-02-13",
            "2025/02/13|2025-02-13"})
    void publication_dates_in_the_forms_metadata_uses_are_read(String value, LocalDate expected) {
        assertThat(Dates.parse(value)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "last Tuesday", "2025-13-45", "13/02/2025 maybe", "null"})
    void anything_else_is_no_date(String value) {
        assertThat(Dates.parse(value)).isEmpty();
    }
}
