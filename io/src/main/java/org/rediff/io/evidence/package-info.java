/** The evidence base in and out: its CSV form, the shipped base, and its conversion to meta-analysis input. */
package org.rediff.io.evidence;
