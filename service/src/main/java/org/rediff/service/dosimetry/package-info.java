/** Dosimetry results kept for registry patients (voxel dosimetry summaries), durable and audited. */
package org.rediff.service.dosimetry;
