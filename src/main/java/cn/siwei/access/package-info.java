/**
 * Who may do what where: roles and the permissions each capability grants them, the actor and its region scope, and each module's URL rules.
 */
@ApplicationModule(allowedDependencies = {})
package cn.siwei.access;

import org.springframework.modulith.ApplicationModule;
