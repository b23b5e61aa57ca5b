/**
 * The home page: where a user lands after login.
 */
@ApplicationModule(allowedDependencies = {"access", "people", "platform", "region"})
package cn.siwei.home;

import org.springframework.modulith.ApplicationModule;
