package cn.siwei.employment;

import java.time.LocalDate;

/**
 * A targeted training (订单式、定向式、定岗式).
 *
 * @param id its number
 * @param regionId where
 * @param regionPath the node's path
 * @param regionName the node's name
 * @param title its name
 * @param kind ORDER, DIRECTED or POST
 * @param employerId the employer whose order it trains for, or null
 * @param employerName its name, or null
 * @param occupation the occupation's code
 * @param capacity how many it takes
 * @param startsOn its first day
 * @param endsOn its last day
 * @param place where
 * @param status OPEN or FINISHED
 * @param enrolled seekers enrolled (not dropped)
 * @param completed seekers who completed it
 * @param sessions sessions held
 */
public record Training(long id, long regionId, String regionPath, String regionName, String title,
		EmploymentTerms.TrainingKind kind, Long employerId, String employerName, String occupation, int capacity,
		LocalDate startsOn, LocalDate endsOn, String place, String status, long enrolled, long completed,
		long sessions) {
}
