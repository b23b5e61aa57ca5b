package cn.siwei.roster;

import java.time.LocalDate;

import cn.siwei.roster.RosterTerms.Appointment;
import cn.siwei.roster.RosterTerms.Role;

/**
 * What appointing a member takes.
 *
 * @param regionId where they serve (a street, community, compound, building or unit node)
 * @param role their role
 * @param appointment how they came to it
 * @param name their name
 * @param phone their phone (optional)
 * @param personId the registered resident they are (optional; checked against the actor's region)
 * @param since the day they took the role (today when empty)
 */
public record MemberForm(Long regionId, Role role, Appointment appointment, String name, String phone, Long personId,
		LocalDate since) {
}
