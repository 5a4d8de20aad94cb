/**
 * Charts as hand-built SVG: forest plot, time-activity curves, Kaplan-Meier curves, waterfall and swimmer plots, and
 * the operating characteristics of trial designs.
 */
package org.rediff.io.chart;
