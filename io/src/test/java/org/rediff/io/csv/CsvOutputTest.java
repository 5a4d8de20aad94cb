package org.rediff.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Hostile cells are neutralised for spreadsheets (OWASP CSV injection); numbers, negative ones too, are not. */
class CsvOutputTest {

    private static String csv(Object... cells) {
        final StringBuilder out = new StringBuilder();
        CsvOutput.withHeader(out, "a").row(cells);
        return out.toString();
    }

    @Test
    void formulaStartsAreQuotedWithASingleQuoteInFront() {
        assertThat(csv("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("a\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n");
        assertThat(csv("+1+cmd|' /C calc'!A0")).isEqualTo("a\r\n\"'+1+cmd|' /C calc'!A0\"\r\n");
        assertThat(csv("-2+3")).isEqualTo("a\r\n\"'-2+3\"\r\n");
        assertThat(csv("@SUM(A1:A2)")).isEqualTo("a\r\n\"'@SUM(A1:A2)\"\r\n");
        assertThat(csv("\t=1")).isEqualTo("a\r\n\"'\t=1\"\r\n");
        assertThat(csv("\r=1")).isEqualTo("a\r\n\"'\r=1\"\r\n");
        assertThat(csv("-")).isEqualTo("a\r\n\"'-\"\r\n");
    }

    @Test
    void numbersAndPlainTextAreLeftAlone() {
        assertThat(csv("-32.5", "+4", "-1.5E-3", "0.25", 12, -7.0, "Ho 2013", "")).isEqualTo(
                "a\r\n-32.5,+4,-1.5E-3,0.25,12,-7.0,Ho 2013,\r\n");
        assertThat(SpreadsheetSafeCell.of("-32.5").guarded()).isFalse();
        assertThat(SpreadsheetSafeCell.of("-1,5").guarded()).isTrue();
        assertThat(SpreadsheetSafeCell.of("-.5").guarded()).isFalse();
        assertThat(SpreadsheetSafeCell.of("-5e").guarded()).isTrue();
    }

    @Test
    void ordinaryCsvQuotingStillApplies() {
        assertThat(csv("a,b", "say \"x\"", "two\nlines", " padded", null)).isEqualTo(
                "a\r\n\"a,b\",\"say \"\"x\"\"\",\"two\nlines\",\" padded\",\r\n");
    }

    @Test
    void aParsedCellRestoresToItsValue() throws Exception {
        final List<String> values = List.of("=1+2", "-2+3", "@x", "-32.5", "it's", "'quoted'");
        final StringBuilder out = new StringBuilder();
        CsvOutput.withHeader(out, "a", "b", "c", "d", "e", "f").row(values);
        final CSVRecord r = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords().get(0);
        assertThat(r.get("a")).isEqualTo("'=1+2");
        assertThat(r.get("d")).isEqualTo("-32.5");
        assertThat(r.toList().stream().map(SpreadsheetSafeCell::restore).toList()).isEqualTo(values);
    }
}
