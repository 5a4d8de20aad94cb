/** Reading headed CSV inputs with one error convention: the file named, nothing half-read. */
package org.rediff.io.csv;
