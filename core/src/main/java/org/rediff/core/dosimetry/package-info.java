/**
 * Iodine dosimetry for redifferentiation therapy: ICRP 107 nuclear data ({@link org.rediff.core.dosimetry.Nuclide}),
 * time-activity curve fits with AICc model choice ({@link org.rediff.core.dosimetry.CurveFitting}), 124I → 131I
 * conversion, lesion dose by local deposition and a voxel-S-value sphere model, blood dose and maximum tolerated
 * activity (EANM SOP, Lassmann 2008) and the 131I prescription ({@link org.rediff.core.dosimetry.DosimetryPlanner}).
 */
package org.rediff.core.dosimetry;
