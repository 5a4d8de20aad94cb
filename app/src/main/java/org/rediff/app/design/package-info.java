/**
 * Trial design in the web app ({@code /design}): Simon two-stage, single-stage exact, two-arm proportions and
 * time-to-event designs, computed by {@code org.rediff.core.design} as {@code rediff design} does. The single-arm
 * designs can take p0 and p1 from the stored evidence base ({@code SingleArmPlanning} in the service layer, over
 * the store's current records and data version), with the pooled result and where the values came from shown and either value
 * overridable. The page shows the designs with their operating characteristics, an exact operating-characteristics
 * plot ({@code OperatingCharacteristicsSvg}) and the JSON report of {@code DesignReport}; {@code GET /api/design/*}
 * gives the same report. Input the core rejects shows its message with HTTP 400. Nothing is stored.
 */
package org.rediff.app.design;
