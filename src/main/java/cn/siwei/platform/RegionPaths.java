package cn.siwei.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records keep a copy of their region's path (so that "under this node" is an index range); when a subtree gets
 * a new parent, each capability's records under it take the new prefix, in the moving transaction.
 */
public final class RegionPaths {

	private RegionPaths() {
	}

	/** Replaces the prefix {@code oldPath} with {@code newPath} in {@code table}'s {@code region_path}. */
	public static void rewrite(JdbcClient jdbc, String table, String oldPath, String newPath) {
		jdbc.sql("update " + table + " set region_path = ? || substr(region_path, ?) where in_subtree(region_path, ?)")
			.params(newPath, oldPath.length() + 1, oldPath)
			.update();
	}

}
