/**
 * The audit trail: every change of state with who, when and why; its search and export.
 */
@ApplicationModule(allowedDependencies = {"access", "platform"})
package cn.siwei.audit;

import org.springframework.modulith.ApplicationModule;
