package org.rediff.core.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.rediff.core.Tolerances.halfUnitInLastPlace;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rediff.core.Tolerances;

/**
 * I-131 soft-tissue voxel S-values of Lanconelli N et al., Phys Med Biol 2012;57:517-533 (one octant, offsets 0–5,
 * mGy/(MBq·s); files as shipped in MGHPhysicsResearch/MIRDCalculation) and the uniform-sphere model built on them.
 *
 * <p>Oracles: the tabulated values themselves (test copies, and the [SOURCE] rows of reference_values.csv), the
 * [DERIVED] kernel sums and the [DERIVED] "convolution test: uniform sphere" rows, printed to 5 significant figures.
 * All [DERIVED] rows were reproduced independently (Python, direct summation over voxel pairs) before use.
 */
class Lanconelli2012VoxelSValueTest {
    private static final Pattern SOURCE_ROW = Pattern.compile(
            "I-131 voxel S-value soft tissue ([\\d.]+) mm voxel, offset \\((\\d),(\\d),(\\d)\\)");
    private static final Pattern SUM_ROW = Pattern.compile("Sum of full 11x11x11 I-131 kernel, soft ([\\d.]+) mm");
    private static final Pattern SPHERE_ROW = Pattern.compile(
            "DERIVED convolution test: uniform sphere diam ([\\d.]+) mm on ([\\d.]+) mm grid, mean dose");
    private static final Pattern SPHERE_VOXELS = Pattern.compile("(\\d+) voxels");

    @Test
    @DisplayName("Tabulated voxel sizes: the 13 of the Lanconelli database ([SOURCE-code] row)")
    void voxelSizes() {
        assertThat(VoxelSValueKernel.VOXEL_SIZES_MM).containsExactly(2.21, 2.33, 2.4, 3.0, 3.59, 3.9, 4.0, 4.42, 4.8,
                5.0, 6.0, 6.8, 9.28);
        assertThat(DosimetryReferenceData.row("Lanconelli database 131I voxel sizes available").value())
                .isEqualTo("2.21;2.33;2.4;3;3.59;3.9;4;4.42;4.8;5;6;6.8;9.28");
    }

    static Stream<Double> sizes() {
        return VoxelSValueKernel.VOXEL_SIZES_MM.stream();
    }

    @ParameterizedTest(name = "{0} mm")
    @MethodSource("sizes")
    @DisplayName("Every tabulated value (6³ per size) equals the source file; mirrored by symmetry; 0 beyond ±5")
    void everyValueAndSymmetry(double size) {
        final double[][][] oct = DosimetryReferenceData.kernelOctant(size);
        final VoxelSValueKernel k = VoxelSValueKernel.forVoxelSize(size);
        assertThat(k.voxelMm()).isEqualTo(size);
        for (int i = -5; i <= 5; i++) {
            for (int j = -5; j <= 5; j++) {
                for (int l = -5; l <= 5; l++) {
                    assertThat(k.at(i, j, l)).as("S(%d,%d,%d)", i, j, l)
                            .isEqualTo(oct[Math.abs(i)][Math.abs(j)][Math.abs(l)]);
                }
            }
        }
        assertThat(k.at(6, 0, 0)).isZero();
        assertThat(k.at(0, -6, 0)).isZero();
        assertThat(k.at(0, 0, 11)).isZero();
        // the tabulated octant is itself symmetric under permutation of the axes (isotropic medium)
        assertThat(k.at(0, 1, 2)).isEqualTo(k.at(2, 0, 1));
    }

    static Stream<Arguments> sourceRows() {
        return DosimetryReferenceData.referenceRows().stream()
                .filter(r -> r.conditions().startsWith("[SOURCE]"))
                .map(r -> SOURCE_ROW.matcher(r.quantity()))
                .filter(Matcher::matches)
                .map(m -> Arguments.of(Double.parseDouble(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), m.group(0)));
    }

    @ParameterizedTest(name = "{4}")
    @MethodSource("sourceRows")
    @DisplayName("Published S-values ([SOURCE] rows of reference_values.csv, soft tissue)")
    void publishedSValues(double size, int i, int j, int k, String quantity) {
        final double expected = DosimetryReferenceData.row(quantity).number();
        assertThat(VoxelSValueKernel.forVoxelSize(size).at(i, j, k)).isEqualTo(expected);
        assertThat(VoxelSValueKernel.forVoxelSize(size).at(-i, j, -k)).isEqualTo(expected);
    }

    @Test
    @DisplayName("The [SOURCE] table holds 7 soft-tissue S-values for each of the 13 sizes")
    void sourceRowsPresent() {
        assertThat(sourceRows().count()).isEqualTo(13 * 7);
    }

    static Stream<Arguments> sumRows() {
        return DosimetryReferenceData.referenceRows().stream()
                .filter(r -> r.conditions().startsWith("[DERIVED]"))
                .map(r -> SUM_ROW.matcher(r.quantity()))
                .filter(Matcher::matches)
                .map(m -> Arguments.of(Double.parseDouble(m.group(1)), m.group(0)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("sumRows")
    @DisplayName("Kernel sums ([DERIVED], 5 significant figures; e.g. 3 mm 1.2258, 6 mm 1.7251e-01, 9.28 mm 5.2088e-02)")
    void kernelSums(double size, String quantity) {
        final double printed = DosimetryReferenceData.row(quantity).number();
        final double sum = VoxelSValueKernel.forVoxelSize(size).sum();
        assertThat(sum).isCloseTo(printed, within(halfUnitInLastPlace(printed, 5)));
        // and the sum of the test copy, mirrored by hand
        final double[][][] oct = DosimetryReferenceData.kernelOctant(size);
        double byHand = 0;
        for (int i = -5; i <= 5; i++) {
            for (int j = -5; j <= 5; j++) {
                for (int l = -5; l <= 5; l++) {
                    byHand += oct[Math.abs(i)][Math.abs(j)][Math.abs(l)];
                }
            }
        }
        assertThat(sum).isCloseTo(byHand, within(Tolerances.KERNEL_ARITHMETIC_RELATIVE * byHand));
    }

    @Test
    @DisplayName("domain.md §3 named checks: 3 mm ≈ 1.2258, 6 mm 1.7251e-01, 9.28 mm 5.2088e-02 mGy/(MBq·s)")
    void namedSums() {
        assertThat(sumRows().count()).isEqualTo(13);
        assertThat(VoxelSValueKernel.forVoxelSize(3.0).sum()).isCloseTo(1.2258, within(halfUnitInLastPlace(1.2258, 5)));
        assertThat(VoxelSValueKernel.forVoxelSize(6.0).sum())
                .isCloseTo(1.7251e-01, within(halfUnitInLastPlace(1.7251e-01, 5)));
        assertThat(VoxelSValueKernel.forVoxelSize(9.28).sum())
                .isCloseTo(5.2088e-02, within(halfUnitInLastPlace(5.2088e-02, 5)));
    }

    static Stream<Arguments> sphereRows() {
        return DosimetryReferenceData.referenceRows().stream()
                .filter(r -> r.conditions().startsWith("[DERIVED]"))
                .filter(r -> SPHERE_ROW.matcher(r.quantity()).matches())
                .map(r -> {
                    final Matcher m = SPHERE_ROW.matcher(r.quantity());
                    m.matches();
                    final Matcher n = SPHERE_VOXELS.matcher(r.conditions());
                    if (!n.find()) {
                        throw new IllegalStateException("no voxel count in " + r.conditions());
                    }
                    return Arguments.of(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                            r.number(), Integer.parseInt(n.group(1)));
                });
    }

    @ParameterizedTest(name = "diameter {0} mm on {1} mm grid: {2} mGy per MBq·s per voxel, {3} voxels")
    @MethodSource("sphereRows")
    @DisplayName("Uniform-sphere convolution ([DERIVED] rows, 3.0 and 4.8 mm grids, 5 significant figures)")
    void sphereConvolution(double diameterMm, double voxelMm, double meanDose, int voxels) {
        assertThat(SphereModel.voxelCount(diameterMm, voxelMm)).isEqualTo(voxels);
        assertThat(SphereModel.meanDosePerVoxelActivity(diameterMm, voxelMm))
                .isCloseTo(meanDose, within(halfUnitInLastPlace(meanDose, 5)));
    }

    @Test
    @DisplayName("The table holds 12 sphere rows (6 diameters × 2 grids)")
    void sphereRowsPresent() {
        assertThat(sphereRows().count()).isEqualTo(12);
    }

    /**
     * SphereModel.forVolume by the algorithm its Javadoc states, recomputed independently (Python, direct summation):
     * voxel size = the smallest tabulated one with r/s ≤ 5; voxel centres with i²+j²+k² ≤ (r/s)²; S = D̄·s³/V where D̄
     * is the mean dose per MBq·s in every voxel (S = D̄/N per unit total activity, times the volume correction
     * N·s³/V).
     */
    @ParameterizedTest(name = "{0} ml: s = {1} mm, N = {2}, S = {3} mGy/(MBq·s)")
    @CsvSource({
            "0.5, 2.21, 33, 5.3959578750e-02, 0.712395",
            "2.0, 2.21, 179, 1.4372292355e-02, 0.966051",
            "10.0, 3.0, 365, 3.0078972059e-03, 0.985500",
            "100.0, 6.0, 461, 3.2840010554e-04, 0.995760"})
    @DisplayName("SphereModel.forVolume by its documented algorithm (independent computation)")
    void forVolume(double volumeMl, double voxelMm, int voxels, double sValue, double correction) {
        final SphereModel.SphereSValue s = SphereModel.forVolume(volumeMl);
        assertThat(s.voxelMm()).isEqualTo(voxelMm);
        assertThat(s.voxels()).isEqualTo(voxels);
        assertThat(s.volumeCorrection()).isCloseTo(correction, within(0.5e-6));
        assertThat(s.sValueMilliGrayPerMBqSecond()).isCloseTo(sValue, within(1e-9 * sValue));
    }

    /**
     * docs/background/domain.md §3: the mean dose in a uniform sphere falls below LED for small spheres (electron escape) and rises
     * above it for large ones (photons). LED for one voxel of unit density holding 1 MBq·s: Δ_np·1e6/(s³·1e-6 kg),
     * in mGy ×1e3. Ratios in the [DERIVED] rows: 3 mm grid 0.8880 (9 mm) … 1.0301 (60 mm); 4.8 mm grid 0.8527 …
     * 1.0602.
     */
    @Test
    @DisplayName("Sphere dose below LED for small spheres, above it for large ones (domain.md §3)")
    void sphereVersusLocalDeposition() {
        final double dnp = Iodine131Emissions.ELECTRON_ENERGY_PER_DECAY_JOULE;
        for (double voxel : new double[] {3.0, 4.8}) {
            final double ledPerVoxel = dnp * 1e6 / (Math.pow(voxel, 3) * 1e-6) * 1e3; // mGy per MBq·s per voxel
            assertThat(SphereModel.meanDosePerVoxelActivity(9, voxel)).isLessThan(0.9 * ledPerVoxel);
            assertThat(SphereModel.meanDosePerVoxelActivity(60, voxel)).isGreaterThan(1.02 * ledPerVoxel);
        }
        // 3 mm, 9 mm sphere: ratio 0.8880 ([DERIVED]); 45 mm: 1.0160
        final double led3 = dnp * 1e6 / (27e-6) * 1e3;
        assertThat(SphereModel.meanDosePerVoxelActivity(9, 3.0) / led3).isCloseTo(0.8880, within(0.5e-4));
        assertThat(SphereModel.meanDosePerVoxelActivity(45, 3.0) / led3).isCloseTo(1.0160, within(0.5e-4));
        // the same through forVolume: 0.5 ml below LED (ratio 0.878), 100 ml above it (1.068)
        for (double v : List.of(0.1, 0.5, 1.0, 2.0)) {
            final double led = dnp / (v * 1e-3) * 1e6 * 1e3; // mGy per MBq·s, density 1
            assertThat(SphereModel.forVolume(v).sValueMilliGrayPerMBqSecond()).as("%s ml", v).isLessThan(led);
        }
        for (double v : List.of(50.0, 100.0, 200.0)) {
            final double led = dnp / (v * 1e-3) * 1e6 * 1e3;
            assertThat(SphereModel.forVolume(v).sValueMilliGrayPerMBqSecond()).as("%s ml", v).isGreaterThan(led);
        }
    }
}
