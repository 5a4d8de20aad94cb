/**
 * Charts as hand-built SVG: forest plot, time-activity curves, Kaplan-Meier curves, waterfall, swimmer and spider
 * plots, patients by worst adverse-event grade, and the operating characteristics of trial designs.
 */
package org.rediff.io.chart;
