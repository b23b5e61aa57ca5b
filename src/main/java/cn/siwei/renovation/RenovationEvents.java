package cn.siwei.renovation;

/** What happened to renovation projects: the module's API to others. */
public final class RenovationEvents {

	private RenovationEvents() {
	}

	/** The households' consent was counted. */
	public record ConsentCounted(long renovationId, String regionPath, boolean consented) {
	}

	/** The works were accepted: the project is done. */
	public record RenovationAccepted(long renovationId, String regionPath) {
	}

}
