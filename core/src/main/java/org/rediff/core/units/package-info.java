/** Quantities with explicit units (activity in MBq/GBq/mCi); conversions are exact where defined. */
package org.rediff.core.units;
