/** {@code rediff meta}: meta-analysis of proportions from a CSV file. */
package org.rediff.cli.meta;
