package org.rediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rediff bench voxel} prints its figures (never asserted: machines are noisy) and generates its series. */
class VoxelBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsARowPerRunAndThePeakHeap() {
        final MetaCommandTest.Run r = MetaCommandTest.run("bench", "voxel", "--size", "24x20x16", "--runs", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("24×20×16 voxels of 4×4×4 mm").containsPattern("(?m)^ +2 +\\d+\\.\\d\\d")
                .contains("peak heap");
    }

    @Test
    void generateOnlyWritesASeriesTheVoxelCommandRuns() {
        final MetaCommandTest.Run g = MetaCommandTest.run("bench", "voxel", "--size", "20x20x20", "--dir",
                dir.toString(), "--generate-only");
        assertThat(g.code()).as(g.err()).isZero();
        assertThat(dir.resolve("pet-96h.nii")).exists();
        assertThat(dir.resolve("labels.nii")).exists();
        final String[] args = g.out().strip().lines().reduce((a, b) -> b).orElseThrow().replaceFirst("^rediff ", "")
                .split(" ");
        final MetaCommandTest.Run v = MetaCommandTest.run(args);
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(MetaCommandTest.json(v.out())).containsKey("labels");
        assertThat(MetaCommandTest.run("bench", "voxel", "--size", "big").err()).contains("--size big");
    }
}
