package cn.siwei.people;

/**
 * Why a resident needs particular care; residents with any tag come first in every queue and their exact
 * address is masked.
 */
public enum CareTag {

	/** 孤寡老人: an elderly person living alone. */
	ELDERLY_ALONE,
	/** 残疾人: a person with a disability. */
	DISABLED,
	/** 失能: a person who cannot look after themselves. */
	INCAPACITATED,
	/** 高龄: a very old person (80 and over). */
	VERY_OLD,
	/** 低保: a household on minimum living allowance. */
	LOW_INCOME,
	/** 留守: a left-behind child or elder. */
	LEFT_BEHIND;

	public String messageKey() {
		return "careTag." + name();
	}

}
