package org.rediff.io.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;

/** The survival CSV: rows of the wrong width and unreadable CSV are named with the file and row. */
class SurvivalInputTest {
    @Test
    void aShortRowIsNamedWithItsRow() {
        assertThatThrownBy(() -> SurvivalInput.read(new StringReader("time,status,x\n9,1,a\n13,1\n"), "s.csv", "time",
                "status", "x", List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("s.csv row 2: has 2 fields, the header has 3");
    }

    @Test
    void aMalformedQuoteIsNamedWithTheFile() {
        assertThatThrownBy(() -> SurvivalInput.read(new StringReader("time,status\n9,\"1\n"), "s.csv", "time",
                "status", null, List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("s.csv: ");
    }

    @Test
    void wellFormedRowsAreRead() {
        assertThat(SurvivalInput.read(new StringReader("time,status\n9,1\n13,0\n"), "s.csv", "time", "status", null,
                List.of()).observations()).hasSize(2);
    }
}
