package cn.siwei.access;

/**
 * The part of the data an actor may see: the subtree under their region node and, for a resident, only the
 * records that are their own. Every query of region-owned records takes a scope; there is no other way to
 * list or load them.
 *
 * @param regionPath materialised path of the actor's node, e.g. {@code /1/4/17/}; everything whose path
 * starts with it is inside
 * @param ownPersonId for residents and volunteers reading people: the only person they may see; otherwise null
 */
public record Scope(String regionPath, Long ownPersonId) {

	public Scope {
		if (regionPath == null || !regionPath.startsWith("/") || !regionPath.endsWith("/")) {
			throw new IllegalArgumentException("region path must look like /1/2/: " + regionPath);
		}
	}

	/** A scope over a whole subtree. */
	public static Scope of(String regionPath) {
		return new Scope(regionPath, null);
	}

	/** The depth of the scope's node: 1 for a city, 4 for a community. */
	public int depth() {
		return (int) this.regionPath.chars().filter(c -> c == '/').count() - 1;
	}

	/** Whether a record at {@code path} lies inside the scope's subtree. */
	public boolean covers(String path) {
		return path != null && path.startsWith(this.regionPath);
	}


	public boolean ownOnly() {
		return this.ownPersonId != null;
	}

}
