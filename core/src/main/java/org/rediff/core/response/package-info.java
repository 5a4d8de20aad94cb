/**
 * Tumour response: RECIST 1.1 time-point and best overall response ({@link org.rediff.core.response.RecistEvaluator};
 * Eisenhauer et al., Eur J Cancer 2009;45:228-247), thyroglobulin response and adverse-event summaries.
 */
package org.rediff.core.response;
