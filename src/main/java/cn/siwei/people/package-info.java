/**
 * Residents and their care tags, pairings, the person import; personal data masked unless revealed.
 */
@ApplicationModule(allowedDependencies = {"access", "platform", "region"})
package cn.siwei.people;

import org.springframework.modulith.ApplicationModule;
