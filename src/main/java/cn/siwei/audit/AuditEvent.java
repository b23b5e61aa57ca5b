package cn.siwei.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One entry of the audit trail.
 *
 * @param id the entry
 * @param at when
 * @param actorId who (0 for the platform itself)
 * @param actorName who, as shown
 * @param action what happened
 * @param entityType the kind of record
 * @param entityId the record
 * @param regionPath where the record lies
 * @param before the fields before, as JSON
 * @param after the fields after, as JSON
 * @param reason why, if given
 * @param zone the zone in which it is shown
 */
public record AuditEvent(long id, Instant at, long actorId, String actorName, String action, String entityType,
		long entityId, String regionPath, String before, String after, String reason, ZoneId zone) {

	/** When, in the platform's time zone, for display. */
	public LocalDateTime localAt() {
		return LocalDateTime.ofInstant(this.at, this.zone);
	}

}
