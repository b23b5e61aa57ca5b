package cn.siwei.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

/** How statements whose best plan depends on the region node they are asked for get planned. */
public final class Plans {

	private Plans() {
	}

	/**
	 * Plans the rest of the current transaction's statements for their actual values each time, instead of reusing a
	 * generic plan cached for whichever node came first. Near the top of the tree an index in time order is best,
	 * lower down the node's own records are; a generic plan is right for one and wrong, by tens or thousands of
	 * milliseconds, for the other. Costs a fraction of a millisecond of planning per statement. Needs a transaction.
	 */
	public static void forEachNode(JdbcClient jdbc) {
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
	}

}
