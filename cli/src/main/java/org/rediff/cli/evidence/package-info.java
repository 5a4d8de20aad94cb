/** {@code rediff evidence list|pool|import}: the evidence base from the command line. */
package org.rediff.cli.evidence;
