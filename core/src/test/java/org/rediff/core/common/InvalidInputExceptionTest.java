package org.rediff.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {
    private static final Problem RESTORED = new Problem("n_restored", null, "= 25 exceeds {n_evaluable} = 20");
    private static final Problem YEAR = new Problem("year", "1850", "must be a year from 1900 to 2027");

    @Test
    void problemsAloneGiveTheirSentencesInEachFrontEndsNames() {
        final InvalidInputException e = new InvalidInputException(List.of(RESTORED, YEAR));
        assertThat(e.getMessage()).isEqualTo("n_restored = 25 exceeds n_evaluable = 20\n"
                + "year must be a year from 1900 to 2027, got 1850");
        assertThat(e.message(n -> "--" + n)).isEqualTo("--n_restored = 25 exceeds --n_evaluable = 20\n"
                + "--year must be a year from 1900 to 2027, got 1850");
    }

    @Test
    void aMessageWithProblemsKeepsItsContextAndTheProblemsTheirPaths() {
        final InvalidInputException e = new InvalidInputException(
                "fix.csv row 2 (id P01b): n_restored = 25 exceeds n_evaluable = 20; year must be a year from 1900 to "
                        + "2027, got 1850", List.of(RESTORED, YEAR));
        assertThat(e.getMessage()).startsWith("fix.csv row 2 (id P01b): ");
        assertThat(e.message(n -> "--" + n)).isEqualTo(e.getMessage());
        assertThat(e.problems()).containsExactly(RESTORED, YEAR);
        final InvalidInputException renamed = e.renamed(n -> "form." + n);
        assertThat(renamed.getMessage()).isEqualTo(e.getMessage());
        assertThat(renamed.problems()).extracting(Problem::path).containsExactly("form.n_restored", "form.year");
        assertThatThrownBy(() -> new InvalidInputException("x", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMessageAloneHasNoProblems() {
        final InvalidInputException e = new InvalidInputException("short.csv: missing column(s) [n_restored]");
        assertThat(e.problems()).isEmpty();
        assertThat(e.message(n -> "--" + n)).isEqualTo(e.getMessage());
        assertThat(e.renamed(n -> "--" + n)).isSameAs(e);
    }

    @Test
    void aProblemNamesItsPathAndTheParametersItReferences() {
        assertThat(RESTORED.names()).containsExactly("n_restored", "n_evaluable");
        assertThat(YEAR.names()).containsExactly("year");
        final Problem sum = new Problem(null, null, "{n_cr} + {n_pr} = 10 exceeds {response_denominator} = 9");
        assertThat(sum.message()).isEqualTo("n_cr + n_pr = 10 exceeds response_denominator = 9");
        assertThat(sum.names()).containsExactly("n_cr", "n_pr", "response_denominator");
        assertThat(new Problem("p1", "0.1", "must be greater than {p0} and below 1, unlike {p0}").names())
                .containsExactly("p1", "p0");
    }
}
