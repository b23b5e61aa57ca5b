/**
 * Accounts, login, sessions, first-run set-up, the password policy and the security configuration.
 */
@ApplicationModule(allowedDependencies = {"access", "organisation", "people", "platform", "region"})
package cn.siwei.account;

import org.springframework.modulith.ApplicationModule;
