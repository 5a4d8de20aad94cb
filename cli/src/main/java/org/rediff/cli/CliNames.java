package org.rediff.cli;

import java.util.Map;

/**
 * The command line's names for the core's parameters, as a declared table: a core problem about {@code p0} reads
 * "--p0 must be …" here, while the web form and the API say {@code p0}. Names not in the table (file columns,
 * JSON paths such as {@code tracer.administered_MBq}) are shown as the core gives them.
 */
final class CliNames {
    static final Map<String, String> OPTIONS = Map.ofEntries(
            Map.entry("p0", "--p0"), Map.entry("p1", "--p1"), Map.entry("p2", "--p2"),
            Map.entry("alpha", "--alpha"), Map.entry("beta", "--beta"), Map.entry("power", "--power"),
            Map.entry("nmax", "--nmax"), Map.entry("ratio", "--ratio"), Map.entry("method", "--method"),
            Map.entry("hr", "--hr"), Map.entry("allocation", "--allocation"),
            Map.entry("median_control", "--median-control"), Map.entry("accrual", "--accrual"),
            Map.entry("follow_up", "--follow-up"), Map.entry("conf_type", "--conf-type"), Map.entry("ties", "--ties"),
            Map.entry("knha", "--knha"), Map.entry("measure", "--measure"),
            Map.entry("mods", "--mods"), Map.entry("by", "--by"), Map.entry("evidence_outcome", "--evidence-outcome"),
            Map.entry("evidence_genotype", "--evidence-genotype"), Map.entry("p0_from", "--p0-from"),
            Map.entry("p1_from", "--p1-from"));

    private CliNames() {
    }

    static String option(String coreName) {
        return OPTIONS.getOrDefault(coreName, coreName);
    }
}
