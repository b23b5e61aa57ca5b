package cn.siwei.roster;

import java.time.LocalDate;

import cn.siwei.roster.RosterTerms.ActivityKind;
import cn.siwei.roster.RosterTerms.Role;

/**
 * Something a member did.
 *
 * @param id its number
 * @param memberId who
 * @param memberName their name
 * @param role their role then
 * @param regionName where
 * @param kind what kind of thing
 * @param note what, in a line
 * @param served how many residents it reached
 * @param day the day it happened
 * @param firstInMonth whether it was the member's first that month (so it counts them active)
 * @param recordedBy who recorded it
 */
public record Activity(long id, long memberId, String memberName, Role role, String regionName, ActivityKind kind,
		String note, int served, LocalDate day, boolean firstInMonth, String recordedBy) {
}
