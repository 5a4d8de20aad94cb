/** Input and output of {@code rediff dosimetry plan}: the JSON input schema, the report, and curve plots. */
package org.rediff.io.dosimetry;
