package org.rediff.core.protocol;

import org.rediff.core.common.Codes;

/**
 * The genotype classes that choose a redifferentiation regimen (docs/background/protocols.md §1.3): BRAF V600E,
 * RAS-mutant, BRAF/RAS wild-type, RET fusion, NTRK fusion, anything else.
 */
public enum GenotypeClass {
    BRAF_V600E("braf_v600e", "BRAF V600E"),
    RAS("ras", "RAS-mutant (NRAS, HRAS, KRAS)"),
    WILD_TYPE("wild_type", "BRAF and RAS wild-type"),
    RET_FUSION("ret_fusion", "RET fusion"),
    NTRK_FUSION("ntrk_fusion", "NTRK fusion"),
    OTHER("other", "other or not tested");

    private final String code;
    private final String label;

    GenotypeClass(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static GenotypeClass parse(String code) {
        return Codes.parse(values(), GenotypeClass::code, "genotype", code);
    }
}
