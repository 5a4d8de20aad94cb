package org.rediff.app.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rediff.core.protocol.EligibilityCheck;
import org.rediff.core.protocol.ProtocolDefinition;
import org.rediff.core.protocol.ScheduledEvent;

/** The protocol API's JSON shapes (snake_case, codes as in the definition files). */
final class ProtocolJsonViews {
    private ProtocolJsonViews() {
    }

    static Map<String, Object> summary(ProtocolDefinition p) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("version", p.version());
        m.put("title", p.title());
        m.put("citation", p.citation());
        m.put("regimens", p.regimens().stream().map(r -> Map.of("id", r.id(), "genotypes", r.genotypes().stream()
                .sorted().map(g -> g.code()).toList(), "drugs", r.describe())).toList());
        m.put("uptake_rule", p.uptakeRule().describe());
        m.put("activity_rule", p.activityRule().describe());
        m.put("unverified", p.unverified());
        return m;
    }

    static List<Map<String, Object>> schedule(List<ScheduledEvent> events) {
        return events.stream().map(e -> {
            final Map<String, Object> m = new LinkedHashMap<>();
            m.put("study_day", e.studyDay());
            m.put("date", e.date().toString());
            m.put("window_days", e.windowDays());
            m.put("kind", e.kind().code());
            m.put("label", e.label());
            m.put("branch", e.branch());
            return m;
        }).toList();
    }

    static Map<String, Object> eligibility(ProtocolDefinition p, EligibilityCheck c) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("protocol", p.id());
        m.put("eligible", c.eligible());
        m.put("regimen", c.regimen() == null ? null : Map.of("id", c.regimen().id(), "drugs", c.regimen().describe(),
                "evidence", c.regimen().evidence()));
        m.put("findings", c.findings().stream().map(f -> {
            final Map<String, Object> x = new LinkedHashMap<>();
            x.put("criterion", f.criterion());
            x.put("met", f.met());
            x.put("detail", f.detail());
            return x;
        }).toList());
        return m;
    }
}
