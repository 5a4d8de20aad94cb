package org.rediff.io.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.protocol.ActivityRule;
import org.rediff.core.protocol.Eligibility;
import org.rediff.core.protocol.GenotypeClass;
import org.rediff.core.protocol.ProtocolDefinition;
import org.rediff.core.protocol.Regimen;
import org.rediff.core.protocol.Stimulation;
import org.rediff.core.protocol.UptakeCheck;
import org.rediff.core.protocol.UptakeMethod;
import org.rediff.core.protocol.UptakeRule;
import org.rediff.io.json.JsonFields;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and writes {@link ProtocolDefinition} as JSON or YAML (snake_case keys, the enums' codes). Reading checks
 * the shape (unknown keys, types, codes) with the path of each field, then the definition's own rules
 * ({@link ProtocolDefinition#validate}), so a file either becomes a valid definition or is refused with every
 * problem named.
 */
public final class ProtocolJson {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> TOP = Set.of("id", "version", "title", "citation", "unverified", "eligibility",
            "regimens", "stimulation", "low_iodine_diet_day", "uptake_checks", "uptake_rule", "i131_days_after_check",
            "drug_days_after_i131", "activity_rule", "follow_up_days");

    private ProtocolJson() {
    }

    /**
     * Parses a definition; YAML when {@code source} ends in {@code .yaml} or {@code .yml}, else JSON.
     *
     * @throws InvalidInputException naming each problem's path, value and what is allowed
     */
    public static ProtocolDefinition read(String text, String source) {
        final JsonNode root;
        if (source.endsWith(".yaml") || source.endsWith(".yml")) {
            try {
                root = YAML.readTree(text);
            } catch (JacksonException e) {
                throw new InvalidInputException(source + ": not valid YAML: " + e.getOriginalMessage());
            }
            if (root == null || !root.isObject()) {
                throw new InvalidInputException(source + ": the input must be a mapping (a protocol definition)");
            }
        } else {
            root = JsonFields.parseObject(text, source);
        }
        try {
            return read(root).validate();
        } catch (InvalidInputException e) {
            throw e.inContext(source + ": ");
        }
    }

    static ProtocolDefinition read(JsonNode root) {
        JsonFields.onlyKeys(root, TOP, "");
        final List<String> unverified = new ArrayList<>();
        each(root, "unverified", (n, at) -> unverified.add(string(n, at)));
        final JsonNode e = JsonFields.object(root, "eligibility", "eligibility");
        JsonFields.onlyKeys(e, Set.of("histologies", "require_refractory", "max_ecog", "min_age_years",
                "max_lesion_mm", "min_largest_lesion_mm"), "eligibility.");
        final Set<String> histologies = new LinkedHashSet<>();
        each(e, "histologies", "eligibility.histologies", (n, at) -> histologies.add(string(n, at)));
        final Eligibility eligibility = new Eligibility(histologies, JsonFields.bool(e, "require_refractory",
                "eligibility.require_refractory", true), optInt(e, "max_ecog", "eligibility.max_ecog"),
                optInt(e, "min_age_years", "eligibility.min_age_years"),
                optNumber(e, "max_lesion_mm", "eligibility.max_lesion_mm"),
                optNumber(e, "min_largest_lesion_mm", "eligibility.min_largest_lesion_mm"));
        final List<Regimen> regimens = new ArrayList<>();
        each(root, "regimens", (n, at) -> {
            JsonFields.onlyKeys(n, Set.of("id", "genotypes", "drugs", "evidence"), at + ".");
            final Set<GenotypeClass> genotypes = new LinkedHashSet<>();
            each(n, "genotypes", at + ".genotypes", (g, gat) -> genotypes.add(code(gat,
                    () -> GenotypeClass.parse(string(g, gat)))));
            final List<Regimen.Drug> drugs = new ArrayList<>();
            each(n, "drugs", at + ".drugs", (d, dat) -> {
                JsonFields.onlyKeys(d, Set.of("name", "dose"), dat + ".");
                drugs.add(new Regimen.Drug(JsonFields.text(d, "name", dat + ".name", null),
                        JsonFields.text(d, "dose", dat + ".dose", "")));
            });
            final List<String> evidence = new ArrayList<>();
            each(n, "evidence", at + ".evidence", (x, xat) -> evidence.add(string(x, xat)));
            regimens.add(new Regimen(JsonFields.text(n, "id", at + ".id", null), genotypes, drugs, evidence));
        });
        final List<UptakeCheck> checks = new ArrayList<>();
        each(root, "uptake_checks", (n, at) -> {
            JsonFields.onlyKeys(n, Set.of("day", "window_days", "method", "scan_days_after_tracer",
                    "extend_if_insufficient"), at + ".");
            final List<Integer> scans = new ArrayList<>();
            each(n, "scan_days_after_tracer", at + ".scan_days_after_tracer", (s, sat) -> {
                if (!s.isIntegralNumber() || !s.canConvertToInt()) {
                    throw InvalidInputException.of(sat, String.valueOf(s), "must be a whole number of days");
                }
                scans.add(s.asInt());
            });
            checks.add(new UptakeCheck(JsonFields.integer(n, "day", at + ".day", null),
                    JsonFields.integer(n, "window_days", at + ".window_days", 0),
                    code(at + ".method", () -> UptakeMethod.parse(JsonFields.text(n, "method", at + ".method",
                            null))), scans, JsonFields.bool(n, "extend_if_insufficient",
                    at + ".extend_if_insufficient", false)));
        });
        final JsonNode u = JsonFields.object(root, "uptake_rule", "uptake_rule");
        JsonFields.onlyKeys(u, Set.of("kind", "threshold_Gy"), "uptake_rule.");
        final UptakeRule rule = new UptakeRule(code("uptake_rule.kind", () -> UptakeRule.Kind.parse(
                JsonFields.text(u, "kind", "uptake_rule.kind", null))),
                optNumber(u, "threshold_Gy", "uptake_rule.threshold_Gy"));
        final JsonNode a = JsonFields.object(root, "activity_rule", "activity_rule");
        JsonFields.onlyKeys(a, Set.of("kind", "fixed_MBq", "target_lesion_Gy", "min_MBq", "max_MBq"),
                "activity_rule.");
        final ActivityRule activity = new ActivityRule(code("activity_rule.kind", () -> ActivityRule.Kind.parse(
                JsonFields.text(a, "kind", "activity_rule.kind", null))),
                optNumber(a, "fixed_MBq", "activity_rule.fixed_MBq"),
                optNumber(a, "target_lesion_Gy", "activity_rule.target_lesion_Gy"),
                optNumber(a, "min_MBq", "activity_rule.min_MBq"), optNumber(a, "max_MBq", "activity_rule.max_MBq"));
        final List<Integer> followUp = new ArrayList<>();
        each(root, "follow_up_days", (n, at) -> {
            if (!n.isIntegralNumber() || !n.canConvertToInt()) {
                throw InvalidInputException.of(at, String.valueOf(n), "must be a whole number of days");
            }
            followUp.add(n.asInt());
        });
        return new ProtocolDefinition(JsonFields.text(root, "id", "id", null),
                JsonFields.integer(root, "version", "version", 1), JsonFields.text(root, "title", "title", null),
                JsonFields.text(root, "citation", "citation", null), unverified, eligibility, regimens,
                code("stimulation", () -> Stimulation.parse(JsonFields.text(root, "stimulation", "stimulation",
                        "rhtsh"))), optInt(root, "low_iodine_diet_day", "low_iodine_diet_day"), checks, rule,
                JsonFields.integer(root, "i131_days_after_check", "i131_days_after_check", null),
                optInt(root, "drug_days_after_i131", "drug_days_after_i131"), activity, followUp);
    }

    /** The definition as JSON text. */
    public static String write(ProtocolDefinition p) {
        return JSON.writeValueAsString(toMap(p));
    }

    /** The definition as a tree of maps and lists, in the file format. */
    public static Map<String, Object> toMap(ProtocolDefinition p) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("version", p.version());
        m.put("title", p.title());
        m.put("citation", p.citation());
        m.put("unverified", p.unverified());
        final Eligibility e = p.eligibility();
        final Map<String, Object> em = new LinkedHashMap<>();
        em.put("histologies", e.histologies().stream().sorted().toList());
        em.put("require_refractory", e.requireRefractory());
        em.put("max_ecog", e.maxEcog());
        em.put("min_age_years", e.minAgeYears());
        em.put("max_lesion_mm", e.maxLesionMm());
        em.put("min_largest_lesion_mm", e.minLargestLesionMm());
        m.put("eligibility", em);
        m.put("regimens", p.regimens().stream().map(r -> {
            final Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", r.id());
            x.put("genotypes", r.genotypes().stream().sorted().map(GenotypeClass::code).toList());
            x.put("drugs", r.drugs().stream().map(d -> Map.of("name", d.name(), "dose", d.dose())).toList());
            x.put("evidence", r.evidence());
            return x;
        }).toList());
        m.put("stimulation", p.stimulation().code());
        m.put("low_iodine_diet_day", p.lowIodineDietDay());
        m.put("uptake_checks", p.checks().stream().map(c -> {
            final Map<String, Object> x = new LinkedHashMap<>();
            x.put("day", c.day());
            x.put("window_days", c.windowDays());
            x.put("method", c.method().code());
            x.put("scan_days_after_tracer", c.scanDaysAfterTracer());
            x.put("extend_if_insufficient", c.extendIfInsufficient());
            return x;
        }).toList());
        final Map<String, Object> um = new LinkedHashMap<>();
        um.put("kind", p.uptakeRule().kind().code());
        um.put("threshold_Gy", p.uptakeRule().thresholdGy());
        m.put("uptake_rule", um);
        m.put("i131_days_after_check", p.i131DaysAfterCheck());
        m.put("drug_days_after_i131", p.drugDaysAfterI131());
        final ActivityRule a = p.activityRule();
        final Map<String, Object> am = new LinkedHashMap<>();
        am.put("kind", a.kind().code());
        am.put("fixed_MBq", a.fixedMBq());
        am.put("target_lesion_Gy", a.targetLesionGy());
        am.put("min_MBq", a.minMBq());
        am.put("max_MBq", a.maxMBq());
        m.put("activity_rule", am);
        m.put("follow_up_days", p.followUpDays());
        return m;
    }

    @FunctionalInterface
    private interface Item {
        void read(JsonNode node, String path);
    }

    private static void each(JsonNode parent, String key, Item item) {
        each(parent, key, key, item);
    }

    private static void each(JsonNode parent, String key, String path, Item item) {
        final JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return;
        }
        if (!n.isArray()) {
            throw InvalidInputException.of(path, String.valueOf(n), "must be an array");
        }
        for (int i = 0; i < n.size(); i++) {
            item.read(n.get(i), path + "[" + i + "]");
        }
    }

    private static String string(JsonNode n, String path) {
        if (!n.isString() || n.asString().isBlank()) {
            throw InvalidInputException.of(path, String.valueOf(n), "must be a non-empty string");
        }
        return n.asString();
    }

    private static Integer optInt(JsonNode parent, String key, String path) {
        final JsonNode n = parent.get(key);
        return n == null || n.isNull() ? null : JsonFields.integer(parent, key, path, null);
    }

    private static Double optNumber(JsonNode parent, String key, String path) {
        final JsonNode n = parent.get(key);
        return n == null || n.isNull() ? null : JsonFields.number(parent, key, path, null);
    }

    private static <T> T code(String path, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            throw e.renamed(name -> path);
        }
    }
}
