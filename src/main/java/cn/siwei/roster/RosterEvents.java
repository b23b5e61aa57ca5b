package cn.siwei.roster;

/** What happened in the rosters: the module's API to others (points for stewards' service, say). */
public final class RosterEvents {

	private RosterEvents() {
	}

	/** A member was appointed. */
	public record MemberAppointed(long memberId, String regionPath, String role) {
	}

	/** A member did something for residents. */
	public record ActivityRecorded(long activityId, long memberId, Long personId, String regionPath, String kind) {
	}

	/** A member left the role. */
	public record MemberEnded(long memberId, String regionPath, String role) {
	}

}
