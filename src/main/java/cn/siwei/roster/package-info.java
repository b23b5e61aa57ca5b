/**
 * 自治力量名册: the people of self-governance — red stewards (红色管家) at street, community and compound level,
 * courtyard, building and unit heads (三长), capable residents (能人), red-property party members (红色物业) and
 * owners' committee members — each appointed at a region node, with what each did (visits, services, problems
 * found, disputes eased, meetings), so that the seed's counts (1,026 stewards, 269 capable residents) and "active
 * this month" come from records.
 */
@ApplicationModule(allowedDependencies = {"access", "figures", "people", "platform", "region"})
package cn.siwei.roster;

import org.springframework.modulith.ApplicationModule;
