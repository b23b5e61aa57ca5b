/**
 * The region tree (city, district, street, community, compound, building, unit), region-scoped paths and counts.
 */
@ApplicationModule(allowedDependencies = {"access", "platform"})
package cn.siwei.region;

import org.springframework.modulith.ApplicationModule;
