/**
 * The protocol engine on the web: the protocol catalogue and definitions ({@code /api/v1/protocols}, the
 * {@code /protocols} pages), validation of a site's own definition (JSON or YAML), schedules as JSON, timeline and
 * iCalendar, and a registry patient's eligibility with the regimen and its evidence.
 */
package org.rediff.app.protocol;
