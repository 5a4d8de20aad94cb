/**
 * Trial-design use cases both front ends call: planning values from the evidence base ({@link
 * org.rediff.service.design.EvidencePlanning}) and the requirements of a single-arm design given directly or
 * planned ({@link org.rediff.service.design.SingleArmPlanning}).
 */
package org.rediff.service.design;
