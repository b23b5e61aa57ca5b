package cn.siwei.figures;

/** How the figures of a selection are broken down. */
public enum Breakdown {

	/** Not at all: one row, keyed "all". */
	NONE,
	/** By month, keyed "2026-11". */
	MONTH,
	/** By category, keyed by its id. */
	CATEGORY,
	/** By channel. */
	CHANNEL,
	/** By child region node, keyed by its path; records at the node itself are left out. */
	CHILD

}
