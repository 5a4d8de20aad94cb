package org.rediff.service.evidence;

/**
 * What an import did.
 *
 * @param inserted  new ids
 * @param updated   existing ids whose content changed
 * @param unchanged existing ids whose content was already the same
 */
public record ImportResult(int inserted, int updated, int unchanged) {
    public int total() {
        return inserted + updated + unchanged;
    }
}
