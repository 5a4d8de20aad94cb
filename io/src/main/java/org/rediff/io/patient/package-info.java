/**
 * The patient record as JSON, the one format the registry stores, the REST API exchanges and files import: snake_case
 * keys, the documented codes as values, dates as yyyy-mm-dd, activities in MBq ({@code activity_MBq}), lab values in
 * the test's unit (stated in {@code unit}, checked on the way in). Unknown keys are refused with their path.
 */
package org.rediff.io.patient;
