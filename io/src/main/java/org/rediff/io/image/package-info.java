/**
 * Image readers and writers for voxel dosimetry: NIfTI-1 volumes (activity series, label maps, dose maps), with
 * every refusal naming the file and the problem.
 */
package org.rediff.io.image;
