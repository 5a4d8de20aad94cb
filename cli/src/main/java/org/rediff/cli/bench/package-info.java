/** Benchmark commands: generated inputs and printed figures (speed is measured, never asserted in tests). */
package org.rediff.cli.bench;
