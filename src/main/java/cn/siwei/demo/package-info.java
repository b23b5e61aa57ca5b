/**
 * Demo data: the regions, organisations and people the seed names, and a login for every role. Loaded only when
 * {@code siwei.demo=true}; never in production.
 */
@ApplicationModule(allowedDependencies = {"access", "account", "figures", "organisation", "people", "platform", "region"})
package cn.siwei.demo;

import org.springframework.modulith.ApplicationModule;
