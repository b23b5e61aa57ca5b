package cn.siwei.mediation;

/** What happened to mediation cases: the module's API to others (points, figures of rankings, notices). */
public final class MediationEvents {

	private MediationEvents() {
	}

	/** A dispute was received. */
	public record DisputeReceived(long mediationId, String regionPath, String kind) {
	}

	/** A dispute was handled: settled by agreement, or not. */
	public record DisputeSettled(long mediationId, String regionPath, String kind, boolean agreed) {
	}

	/** Its clock ran out before it was handled. */
	public record MediationOverdue(long mediationId, String regionPath) {
	}

}
