package org.rediff.io.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rediff.core.common.InvalidInputException;

/**
 * PET slices generated as DICOM files the way different scanners write them (DICOM PS3.3 C.8.9.4): a slope per
 * slice and signed pixels; decay correction to the series start with a Decay Factor per slice, or to administration
 * with only the half-life; files in any order; and the files a reader must refuse (counts, a missing slice, a
 * changed orientation), each named.
 */
class DicomSeriesReaderTest {
    @TempDir
    Path dir;

    private static final int T = 0x0008;
    private static final double HALF_LIFE_S = 360806; // 124I, 4.176 d (ICRP 107)

    /** Writes slice {@code z} (0-based) of a 3×2 series with stored values {@code base + i}, 4 mm pixels. */
    private DicomWriter slice(int z, double zMm, short base, String slope, String correction, String decayFactor,
                              String acquisitionTime) throws Exception {
        final short[] px = new short[6];
        for (int i = 0; i < 6; i++) {
            px[i] = (short) (base + i - 2);
        }
        final DicomWriter w = new DicomWriter()
                .text(DicomWriter.tag(T, 0x0021), "DA", "20270105").text(DicomWriter.tag(T, 0x0031), "TM", "090000")
                .text(DicomWriter.tag(T, 0x0022), "DA", "20270105")
                .text(DicomWriter.tag(T, 0x0032), "TM", acquisitionTime)
                .text(DicomWriter.tag(T, 0x0060), "CS", "PT")
                .text(DicomWriter.tag(0x0010, 0x1030), "DS", "71.5")
                .text(DicomWriter.tag(0x0020, 0x0032), "DS", "-6\\-4\\" + zMm)
                .text(DicomWriter.tag(0x0020, 0x0037), "DS", "1\\0\\0\\0\\1\\0")
                .text(DicomWriter.tag(0x0028, 0x0030), "DS", "4\\4")
                .text(DicomWriter.tag(0x0028, 0x1052), "DS", "0")
                .text(DicomWriter.tag(0x0028, 0x1053), "DS", slope)
                .text(DicomWriter.tag(0x0054, 0x1001), "CS", "BQML")
                .text(DicomWriter.tag(0x0054, 0x1102), "CS", correction)
                .sequence(DicomWriter.tag(0x0054, 0x0016), Map.of(DicomWriter.tag(0x0018, 0x1078),
                        "DT:20270104090000", DicomWriter.tag(0x0018, 0x1075), "DS:" + (long) HALF_LIFE_S))
                .pixels(2, 3, px, true);
        if (decayFactor != null) {
            w.text(DicomWriter.tag(0x0054, 0x1321), "DS", decayFactor);
        }
        return w;
    }

    @Test
    void slopesPerSliceSignedPixelsAndAStartDecayFactorAreUndone() throws Exception {
        final Path tp = Files.createDirectory(dir.resolve("24h"));
        // written in reverse file order: z = 8 mm first
        slice(2, 8, (short) 300, "2.5", "START", "1.01", "090000").write(tp.resolve("a.dcm"));
        slice(1, 4, (short) 200, "0.5", "START", "1.02", "090000").write(tp.resolve("b.dcm"));
        slice(0, 0, (short) 100, "1.25", "START", "1.04", "090000").write(tp.resolve("c.dcm"));
        Files.writeString(tp.resolve("README.txt"), "not DICOM, ignored");
        final DicomSeries s = DicomSeriesReader.read(tp);
        assertThat(s.slices()).isEqualTo(3);
        assertThat(s.grid().nx()).isEqualTo(3);
        assertThat(s.grid().ny()).isEqualTo(2);
        assertThat(s.grid().dzMm()).isCloseTo(4.0, within(1e-9));
        // slice z = 0 mm: stored 98..103 × 1.25, divided by its decay factor 1.04
        assertThat((double) s.bqPerMl()[0]).isCloseTo(98 * 1.25 / 1.04, within(1e-4));
        assertThat((double) s.bqPerMl()[6 + 5]).isCloseTo(203 * 0.5 / 1.02, within(1e-4));
        assertThat((double) s.bqPerMl()[12 + 1]).isCloseTo(299 * 2.5 / 1.01, within(1e-4));
        assertThat(s.hoursAfterAdministration()).isCloseTo(24.0, within(1e-9));
        assertThat(s.halfLifeSeconds()).isEqualTo(HALF_LIFE_S);
        assertThat(s.weightKg()).isEqualTo(71.5);
        assertThat(s.decayCorrection()).isEqualTo("START");
    }

    @Test
    void adminDecayCorrectionWithoutAFactorIsUndoneFromTheHalfLife() throws Exception {
        final Path tp = Files.createDirectory(dir.resolve("admin"));
        slice(0, 0, (short) 1000, "1", "ADMIN", null, "090000").write(tp.resolve("1.dcm"));
        slice(1, 4, (short) 1000, "1", "ADMIN", null, "090000").write(tp.resolve("2.dcm"));
        final DicomSeries s = DicomSeriesReader.read(tp);
        // corrected to administration 24 h earlier: measured = corrected · 2^(−24 h / T½)
        final double factor = Math.pow(2, -24 * 3600 / HALF_LIFE_S);
        assertThat((double) s.bqPerMl()[0]).isCloseTo(998 * factor, within(1e-3));
        final Path none = Files.createDirectory(dir.resolve("none"));
        slice(0, 0, (short) 1000, "1", "NONE", "1.5", "090000").write(none.resolve("1.dcm"));
        assertThat((double) DicomSeriesReader.read(none).bqPerMl()[0]).isEqualTo(998.0);
    }

    @Test
    void seriesARecordCannotDoseAreRefusedNamingTheFile() throws Exception {
        final Path counts = Files.createDirectory(dir.resolve("counts"));
        slice(0, 0, (short) 10, "1", "NONE", null, "090000").text(DicomWriter.tag(0x0054, 0x1001), "CS", "CNTS")
                .write(counts.resolve("x.dcm"));
        assertThatThrownBy(() -> DicomSeriesReader.read(counts)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("x.dcm").hasMessageContaining("'CNTS'").hasMessageContaining("allowed: BQML");
        final Path gap = Files.createDirectory(dir.resolve("gap"));
        slice(0, 0, (short) 10, "1", "NONE", null, "090000").write(gap.resolve("1.dcm"));
        slice(1, 4, (short) 10, "1", "NONE", null, "090000").write(gap.resolve("2.dcm"));
        slice(2, 12, (short) 10, "1", "NONE", null, "090000").write(gap.resolve("3.dcm"));
        assertThatThrownBy(() -> DicomSeriesReader.read(gap)).hasMessageContaining("3.dcm")
                .hasMessageContaining("missing or duplicate slice");
        final Path turned = Files.createDirectory(dir.resolve("turned"));
        slice(0, 0, (short) 10, "1", "NONE", null, "090000").write(turned.resolve("1.dcm"));
        slice(1, 4, (short) 10, "1", "NONE", null, "090000").text(DicomWriter.tag(0x0020, 0x0037), "DS",
                "0\\1\\0\\1\\0\\0").write(turned.resolve("2.dcm"));
        assertThatThrownBy(() -> DicomSeriesReader.read(turned)).hasMessageContaining("2.dcm")
                .hasMessageContaining("Orientation");
        final Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "nothing");
        assertThatThrownBy(() -> DicomSeriesReader.read(empty)).hasMessageContaining("no DICOM slice");
        final Path weird = Files.createDirectory(dir.resolve("weird"));
        slice(0, 0, (short) 10, "1", "DECY", null, "090000").write(weird.resolve("1.dcm"));
        assertThatThrownBy(() -> DicomSeriesReader.read(weird)).hasMessageContaining("'DECY'")
                .hasMessageContaining("NONE, START, ADMIN");
    }
}
