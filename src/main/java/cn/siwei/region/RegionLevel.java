package cn.siwei.region;

/**
 * The seven levels of the region tree, from the city down to a building's unit.
 */
public enum RegionLevel {

	/** 市: a city. */
	CITY,
	/** 区/县: a district or county. */
	DISTRICT,
	/** 街道/乡镇: a street office or town. */
	STREET,
	/** 社区/村: a community or village. */
	COMMUNITY,
	/** 小区/网格: a compound or grid. */
	COMPOUND,
	/** 楼栋: a building. */
	BUILDING,
	/** 单元: a unit (entrance) of a building. */
	UNIT;

	/** Depth in the tree, 1 for a city. */
	public int depth() {
		return ordinal() + 1;
	}

	public static RegionLevel ofDepth(int depth) {
		return values()[depth - 1];
	}

	/** The level of a child node, or null below a unit. */
	public RegionLevel child() {
		return this == UNIT ? null : values()[ordinal() + 1];
	}

	public String messageKey() {
		return "region.level." + name();
	}

}
