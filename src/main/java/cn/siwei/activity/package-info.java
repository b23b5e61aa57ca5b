/**
 * 活动台账: the activities ledger — cultural events, door-to-door service sessions, service squads' services,
 * trainings, job fairs and volunteer activities: who organised, where, when, who took part (a number counted, or
 * people signed in one by one), photos. A job fair held in employment arrives here once by its event. Its figures
 * (activities, participants, by kind) are on the dashboard and open onto the activities behind them.
 */
@ApplicationModule(allowedDependencies = { "access", "figures", "platform", "region", "people", "organisation",
		"employment" })
package cn.siwei.activity;

import org.springframework.modulith.ApplicationModule;
