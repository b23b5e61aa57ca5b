package cn.siwei.region;

/**
 * A node of the region tree.
 *
 * @param id the node
 * @param parentId its parent, null for a city
 * @param level its level
 * @param code a unique code, such as an administrative division code
 * @param name its name
 * @param path materialised path of ids, e.g. {@code /1/4/17/}
 * @param active false once deactivated
 */
public record Region(long id, Long parentId, RegionLevel level, String code, String name, String path,
		boolean active) {

	/** Number of levels between the city and this node. */
	public int depth() {
		return this.level.depth();
	}

}
