/**
 * Figures of every capability for any region and period, with exact drill-down, rollups and dashboards.
 */
@ApplicationModule(allowedDependencies = {"access", "platform", "region"})
package cn.siwei.figures;

import org.springframework.modulith.ApplicationModule;
