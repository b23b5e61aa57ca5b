package cn.siwei.roster;

import java.time.Instant;
import java.time.LocalDate;

import cn.siwei.platform.Masking;
import cn.siwei.roster.RosterTerms.Appointment;
import cn.siwei.roster.RosterTerms.Role;
import cn.siwei.roster.RosterTerms.Status;

/**
 * A member of a roster as read; the phone masked.
 *
 * @param id its number
 * @param regionId where they serve
 * @param regionPath that node's path
 * @param regionName that node's name
 * @param role their role
 * @param appointment how they came to it
 * @param name their name
 * @param phone their phone, masked
 * @param personId the resident they are, when registered
 * @param since the day they took the role
 * @param status in the role or not
 * @param endedReason why they left it
 * @param activities what they did, counted
 * @param lastActivity the day of the last
 * @param createdAt when recorded
 */
public record Member(long id, long regionId, String regionPath, String regionName, Role role, Appointment appointment,
		String name, String phone, Long personId, LocalDate since, Status status, String endedReason, long activities,
		LocalDate lastActivity, Instant createdAt) {

	Member masked() {
		return new Member(this.id, this.regionId, this.regionPath, this.regionName, this.role, this.appointment,
				this.name, Masking.phone(this.phone), this.personId, this.since, this.status, this.endedReason,
				this.activities, this.lastActivity, this.createdAt);
	}

}
