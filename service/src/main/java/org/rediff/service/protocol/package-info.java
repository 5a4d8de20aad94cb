/**
 * The protocol engine's use cases: the catalogue of protocol definitions, a registry patient read as a protocol
 * candidate (genotype class, RAIR status, ECOG, age, largest lesion), eligibility with the regimen and its evidence
 * records, and the dated schedule.
 */
package org.rediff.service.protocol;
