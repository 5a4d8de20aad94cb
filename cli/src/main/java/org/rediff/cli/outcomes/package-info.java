/** {@code rediff recist} and {@code rediff survival}: outcomes from the command line. */
package org.rediff.cli.outcomes;
