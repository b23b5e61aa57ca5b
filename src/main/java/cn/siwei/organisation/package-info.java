/**
 * Organisations (street offices, committees, departments, property companies, party branches), posts and teams.
 */
@ApplicationModule(allowedDependencies = {"access", "people", "platform", "region"})
package cn.siwei.organisation;

import org.springframework.modulith.ApplicationModule;
