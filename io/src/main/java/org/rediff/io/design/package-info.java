/** Trial designs in and out: planning values from the evidence base and the JSON reports of rediff design. */
package org.rediff.io.design;
