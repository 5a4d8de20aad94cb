/** Input and output of {@code rediff meta}: the CSV reader, the runner and the JSON/text report. */
package org.rediff.io.meta;
