/** Charts as SVG: the metafor-style forest plot. */
package org.rediff.io.chart;
