/** {@code rediff design simon|single|two-arm|survival}: trial designs, planned from the evidence when asked. */
package org.rediff.cli.design;
