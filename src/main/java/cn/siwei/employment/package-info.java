/**
 * 微服务·就业 (送岗位进社区): employers' vacancies at a node of the region tree, job seekers (residents who want work,
 * their consent recorded before anything is shared with an employer), matching with reasons in both directions,
 * applications in states with coded refusals, community job fairs with booths, pre-registration, QR check-in, a
 * queue per booth and intent-to-hire, and placements confirmed at hire and re-checked at 30 and 90 days. An employer
 * acts through its merchant account on its own vacancies. Its figures open onto the records behind them; a held
 * fair is published ({@link cn.siwei.employment.EmploymentEvents.FairHeld}) for the activities ledger.
 */
@ApplicationModule(allowedDependencies = { "access", "figures", "platform", "region", "people", "organisation" })
package cn.siwei.employment;

import org.springframework.modulith.ApplicationModule;
