package org.rediff.core.patient;

import org.rediff.core.common.Codes;

/** TSH state at a blood draw: the ATA thresholds for Tg differ between suppressed and stimulated draws. */
public enum TshState {
    SUPPRESSED("suppressed"), RHTSH_STIMULATED("rhtsh_stimulated"), WITHDRAWAL("withdrawal"),
    NOT_RECORDED("not_recorded");

    private final String code;

    TshState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String label() {
        return code.replace('_', ' ');
    }

    public static TshState parse(String code) {
        return Codes.parse(values(), TshState::code, "labs.tsh_state", code);
    }
}
