/**
 * Redifferentiation protocols as data: genotype classes that choose a regimen, and (as the engine grows) the
 * definitions of the trial protocols — eligibility, regimens, dated schedules, uptake decision rules and 131I
 * activity rules — from docs/background/protocols.md §2. Imports only {@code common} and {@code units}; the
 * dosimetry and outcome engines are reached through the service layer.
 */
package org.rediff.core.protocol;
