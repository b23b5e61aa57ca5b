/**
 * 问题大盘点 → 治理清单: problems found in compounds by walks, meetings, residents and inspections, each put on the
 * governance list with an owner and a limit on the working-day calendar, followed with progress notes and tracked
 * to done (or dropped with a reason, or reopened when the fix did not hold); the sweep flags those past their limit
 * once. Its figures (found, on the list, solved, solved on time, late) open onto the problems behind them.
 */
@ApplicationModule(allowedDependencies = {"access", "figures", "platform", "region", "request", "organisation"})
package cn.siwei.problem;

import org.springframework.modulith.ApplicationModule;
