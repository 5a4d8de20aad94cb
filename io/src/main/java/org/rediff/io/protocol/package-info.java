/**
 * Protocol definitions as files (JSON or YAML, one tree, one set of checks with paths) and the shipped trial
 * protocols ({@code protocols/*.json}, sources in docs/background/protocols.md); schedules as iCalendar
 * (RFC 5545).
 */
package org.rediff.io.protocol;
