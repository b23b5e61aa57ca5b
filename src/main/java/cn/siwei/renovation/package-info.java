/**
 * 老旧小区改造: renovation projects of old compounds — a plan (basic, completing or upgrading works, households,
 * budget, who pays), the residents' consent (households for and against, the share the city requires), the works
 * with their progress noted for residents to see, and acceptance (验收) — so that "343 renovations completed" is
 * a count of accepted projects.
 */
@ApplicationModule(allowedDependencies = {"access", "figures", "platform", "region"})
package cn.siwei.renovation;

import org.springframework.modulith.ApplicationModule;
