package org.rediff.app.evidence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rediff.core.evidence.AlternativeValue;
import org.rediff.core.evidence.Provenance;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.service.evidence.StudyColumns;

/**
 * A study record laid out for its page: every number with its provenance and the values other sources give,
 * every text field, and links to PubMed, the DOI, trial registries and the sources.
 *
 * @param record  the record
 * @param numbers the numeric fields (also those not reported)
 * @param texts   the other fields, by CSV column, non-blank only
 * @param links   PubMed, DOI and registry links
 * @param sources the source list as links
 */
public record StudyDetail(StudyRecord record, List<NumberField> numbers, List<TextField> texts, List<Link> links,
                          List<Link> sources) {
    private static final Set<String> NOT_TEXT = Set.of("provenance", "alternatives", "sources");
    private static final Pattern NCT = Pattern.compile("NCT\\d{8}");

    /**
     * A number with where it comes from.
     *
     * @param field        CSV column
     * @param value        value, or "not reported"
     * @param source       provenance source, or ""
     * @param confidence   high, medium, low or ""
     * @param alternatives what other sources give
     */
    public record NumberField(String field, String value, String source, String confidence,
                              List<AlternativeValue> alternatives) {
        public boolean reported() {
            return !"not reported".equals(value);
        }
    }

    /**
     * A text field.
     *
     * @param field CSV column
     * @param value its text
     */
    public record TextField(String field, String value) {
    }

    /**
     * A link.
     *
     * @param url  address
     * @param text what to show
     */
    public record Link(String url, String text) {
    }

    public static StudyDetail of(StudyRecord r) {
        final Map<String, Number> values = StudyRecord.numericFields(r.citation(), r.regimen(), r.uptake(),
                r.therapy(), r.response(), r.safety());
        final List<NumberField> numbers = new ArrayList<>();
        values.forEach((field, v) -> {
            final Provenance p = r.provenance().get(field);
            numbers.add(new NumberField(field, v == null ? "not reported" : number(v.doubleValue()),
                    p == null ? "" : p.source(), p == null ? "" : p.confidence().code(),
                    r.alternatives().stream().filter(a -> a.field().equals(field)).toList()));
        });
        final List<TextField> texts = new ArrayList<>();
        StudyColumns.of(r).forEach((column, text) -> {
            if (!values.containsKey(column) && !NOT_TEXT.contains(column) && !text.isBlank()) {
                texts.add(new TextField(column, text));
            }
        });
        final List<Link> links = new ArrayList<>();
        final String pubmed = StudySummary.pubmedUrl(r.citation().pmid());
        if (pubmed != null) {
            links.add(new Link(pubmed, "PubMed " + r.citation().pmid()));
        }
        final String doi = StudySummary.doiUrl(r.citation().doi());
        if (doi != null) {
            links.add(new Link(doi, "doi:" + r.citation().doi()));
        }
        if (r.citation().registryId() != null) {
            final Matcher m = NCT.matcher(r.citation().registryId());
            while (m.find()) {
                links.add(new Link("https://clinicaltrials.gov/study/" + m.group(), m.group()));
            }
        }
        return new StudyDetail(r, numbers, texts, links, r.sources().stream().map(StudyDetail::sourceLink).toList());
    }

    /** Alternatives for fields without a number of their own (should not happen, but must not be hidden). */
    public List<AlternativeValue> otherAlternatives() {
        final Set<String> fields = new HashSet<>();
        numbers.forEach(n -> fields.add(n.field()));
        return record.alternatives().stream().filter(a -> !fields.contains(a.field())).toList();
    }

    /** "https://x (note)" → a link to https://x showing the note; text without an address → no url. */
    static Link sourceLink(String source) {
        final String s = source.strip();
        if (s.startsWith("http://") || s.startsWith("https://")) {
            final int space = s.indexOf(' ');
            return space < 0 ? new Link(s, s) : new Link(s.substring(0, space), s);
        }
        return new Link(null, s);
    }

    static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
