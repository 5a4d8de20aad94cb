package org.rediff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The exact CLI contract of {@code rediff meta} (issue 2, section 4). */
class MetaCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path csv(String text) throws Exception {
        final Path p = dir.resolve("in.csv");
        Files.writeString(p, text);
        return p;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String text) {
        return JsonMapper.builder().build().readValue(text, Map.class);
    }

    /**
     * dat.pritz1997, PLO REML: metafor 3.8.1 predict(transf = transf.ilogit) gives 0.7575 [0.6605, 0.8337],
     * PI [0.4661, 0.9179] (reference row MA-12); tau² 0.3646, I² 56.56% (oracle, metafor_oracle.R).
     */
    @Test
    void pritzJsonAgreesWithMetafor() throws Exception {
        final StringBuilder text = new StringBuilder("study,events,total\n");
        final int[] x = {16, 10, 4, 43, 10, 25, 13, 12, 22, 4, 5, 18, 58, 6};
        final int[] n = {17, 12, 8, 58, 10, 42, 14, 12, 41, 5, 6, 23, 68, 10};
        for (int i = 0; i < x.length; i++) {
            text.append("S").append(i + 1).append(',').append(x[i]).append(',').append(n[i]).append('\n');
        }
        final Path svg = dir.resolve("forest.svg");
        final Run r = run("meta", "--input", csv(text.toString()).toString(), "--format", "json", "--plot",
                svg.toString());
        assertThat(r.code()).as(r.err()).isZero();
        final Map<String, Object> m = json(r.out());
        assertThat(m.get("measure")).isEqualTo("PLO");
        assertThat(m.get("method")).isEqualTo("REML");
        assertThat(m.get("k")).isEqualTo(14);
        assertThat((Double) m.get("estimate")).isCloseTo(0.7575, within(0.5e-4));
        assertThat((Double) m.get("ci_lower")).isCloseTo(0.6605, within(0.5e-4));
        assertThat((Double) m.get("pi_upper")).isCloseTo(0.9179, within(0.5e-4));
        assertThat((Double) m.get("tau2")).isCloseTo(0.364587778609251, within(1e-9));
        assertThat((Double) m.get("i2")).isCloseTo(56.5596029963403, within(1e-7));
        assertThat((List<?>) m.get("studies")).hasSize(14);
        assertThat(Files.readString(svg)).contains("class=\"diamond\"");
    }

    @Test
    void subgroupsAndModeratorsAppearInTheJson() throws Exception {
        final Path in = csv("study,events,total,genotype,days\nA,4,9,BRAF,35\nB,6,10,BRAF,42\nC,20,21,BRAF,42\n"
                + "D,5,5,RAS,35\nE,6,10,RAS,42\nF,22,25,RAS,35\n");
        final Run r = run("meta", "--input", in.toString(), "--by", "genotype", "--mods", "days", "--knha",
                "--loo", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        final Map<String, Object> m = json(r.out());
        assertThat((List<?>) m.get("subgroups")).hasSize(2);
        assertThat(m).containsKeys("q_between", "q_between_df", "q_between_p", "coefficients", "qm", "qm_p", "r2");
        assertThat(((Map<?, ?>) ((List<?>) m.get("coefficients")).get(0)).get("name")).isEqualTo("intrcpt");
        assertThat((List<?>) m.get("leave_one_out")).hasSize(6);
    }

    /** Under Knapp-Hartung the moderator test is F on (m, k − p) df, and is called so (issue 17), never "QM". */
    @Test
    void theModeratorTestIsNamedFUnderKnappHartungAndQmOtherwise() throws Exception {
        final Path in = csv("study,events,total,days\nA,4,9,35\nB,6,10,42\nC,20,21,42\nD,5,5,35\nE,6,10,42\n"
                + "F,22,25,35\n");
        final Run f = run("meta", "--input", in.toString(), "--mods", "days", "--knha");
        assertThat(f.code()).as(f.err()).isZero();
        assertThat(f.out()).containsPattern("test of moderators: F\\(1, 4\\) = \\d+\\.\\d{4}, p = ")
                .doesNotContain("QM");
        final Map<String, Object> fj = json(run("meta", "--input", in.toString(), "--mods", "days", "--knha",
                "--format", "json").out());
        assertThat(fj).containsEntry("qm_test", "F").containsEntry("qm_df", 1).containsEntry("qm_df2", 4);
        final Run chi = run("meta", "--input", in.toString(), "--mods", "days");
        assertThat(chi.out()).containsPattern("test of moderators: QM \\(χ², df = 1\\) = \\d+\\.\\d{4}, p = ")
                .doesNotContain("F(");
        final Map<String, Object> cj = json(run("meta", "--input", in.toString(), "--mods", "days", "--format",
                "json").out());
        assertThat(cj).containsEntry("qm_test", "chi-square").containsEntry("qm_df2", null);
    }

    @Test
    void badInputExitsTwoWithAMessageNamingFileRowAndField() throws Exception {
        final Path in = csv("study,events,total\nA,4,9\nB,12,10\n");
        final Run r = run("meta", "--input", in.toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(in.toString()).contains("row 2").contains("study 'B'").contains("events");

        final Run missing = run("meta", "--input", dir.resolve("nope.csv").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.csv: no such file");

        final Run column = run("meta", "--input", in.toString(), "--events", "responders");
        assertThat(column.err()).contains("no column 'responders'");

        final Run tooFew = run("meta", "--input", csv("study,events,total\nA,4,9\n").toString());
        assertThat(tooFew.code()).isEqualTo(2);
        assertThat(tooFew.err()).contains("too few studies");

        final Run badMeasure = run("meta", "--input", in.toString(), "--measure", "OR");
        assertThat(badMeasure.code()).isEqualTo(2);
        assertThat(badMeasure.err()).contains("--measure").contains("PLO");
    }

    @Test
    void helpDescribesEveryCommand() {
        final Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("serve", "meta", "evidence");
        assertThat(run("meta", "--help").out()).contains("--measure", "--method", "--knha", "--by", "--mods", "--plot");
        assertThat(run("evidence", "pool", "--help").out()).contains("--outcome", "--by");
    }

    @Test
    void evidenceCommandsRunOverTheShippedBaseWithoutSpring() {
        final Run list = run("evidence", "list", "--genotype", "RAS", "--format", "json");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("\"uptake\"").contains("\"provenance\"");
        final Run pool = run("evidence", "pool", "--outcome", "uptake", "--measure", "GLMM", "--by", "genotype",
                "--format", "json");
        assertThat(pool.code()).as(pool.err()).isZero();
        assertThat(json(pool.out())).containsKeys("estimate", "subgroups", "q_between");
        final Run bad = run("evidence", "list", "--genotype", "KRAS");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--genotype must be one of");
        assertThatNoSpringClassLoaded();
    }

    private static void assertThatNoSpringClassLoaded() {
        // SpringApplication is loaded only by 'serve'; running the other commands must not touch it.
        assertThat(ClassLoaderProbe.isLoaded(Main.class.getName())).as("the probe sees loaded classes").isTrue();
        final boolean loaded = ClassLoaderProbe.isLoaded("org.springframework.boot.SpringApplication");
        assertThat(loaded).as("SpringApplication loaded by a non-serve command").isFalse();
    }
}
