/** The {@code serve} command: the only command that starts Spring. */
package org.rediff.cli.serve;
