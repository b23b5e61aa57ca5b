/**
 * Micro-wishes (微心愿): collection, claiming, the contact deadline, follow-up, completion, evaluation, the
 * ledger and its figures.
 */
@ApplicationModule(allowedDependencies = {"access", "figures", "notification", "organisation", "people", "platform", "region"})
package cn.siwei.wish;

import org.springframework.modulith.ApplicationModule;
