/**
 * Voxel dosimetry: a series of co-registered activity-concentration images of the 124I tracer becomes an I-131
 * dose map per GBq administered (per-voxel time-activity fit, 124I → 131I kinetics, time-integrated activity, FFT
 * convolution with the Lanconelli 2012 voxel S-value kernel) and per-label dose statistics and dose-volume
 * histograms. Images are primitive arrays, x fastest, then y, then z; no per-voxel objects.
 */
package org.rediff.core.dosimetry.voxel;
