/**
 * Small values shared by every capability: {@link org.rediff.core.common.ConfidenceInterval}, the
 * {@link org.rediff.core.common.Require} precondition helper and the single
 * {@link org.rediff.core.common.InvalidInputException} of the core.
 */
package org.rediff.core.common;
