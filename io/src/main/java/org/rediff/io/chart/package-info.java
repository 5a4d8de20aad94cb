/** Charts as hand-built SVG: forest plot, time-activity curves, Kaplan-Meier curves, waterfall and swimmer plots. */
package org.rediff.io.chart;
