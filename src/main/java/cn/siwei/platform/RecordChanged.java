package cn.siwei.platform;

import java.util.Map;

import cn.siwei.access.Actor;

/**
 * Published, inside the changing transaction, whenever a record is created, changed or deactivated, so that
 * the audit trail keeps who, when, what, before and after without every module writing to it.
 *
 * @param actor who made the change
 * @param entityType the kind of record, e.g. {@code person}
 * @param entityId the record's id
 * @param action what happened
 * @param regionPath region path of the record, so that the trail itself can be scoped
 * @param before the record's fields before the change, empty for a creation
 * @param after the record's fields after the change
 * @param reason why, where the actor gave a reason
 */
public record RecordChanged(Actor actor, String entityType, long entityId, Action action, String regionPath,
		Map<String, Object> before, Map<String, Object> after, String reason) {

	/** The kinds of change the audit trail tells apart. */
	public enum Action {

		/** A record was created. */
		CREATE,
		/** A record's fields were changed. */
		UPDATE,
		/** A record was moved to another place in the region tree. */
		MOVE,
		/** A record was deactivated; nothing is ever hard-deleted. */
		DEACTIVATE,
		/** A deactivated record was made active again. */
		REACTIVATE,
		/** A full personal value (phone, ID number, address) was shown to someone. */
		VIEW_PERSONAL_DATA,
		/** An account's password was changed. */
		PASSWORD_CHANGE,
		/** An account was locked after repeated failed logins. */
		LOCKOUT

	}

}
