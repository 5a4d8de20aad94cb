/** {@code rediff dosimetry plan}: pre-therapeutic dosimetry and the 131I prescription. */
package org.rediff.cli.dosimetry;
