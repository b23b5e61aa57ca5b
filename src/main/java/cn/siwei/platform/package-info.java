/**
 * The shared kernel every capability is built on: errors and refusals, masking and reveals, the timeline, attachments, deadlines, satisfaction, demo and generator contracts, the embedded database.
 */
@ApplicationModule(allowedDependencies = {"access"})
package cn.siwei.platform;

import org.springframework.modulith.ApplicationModule;
