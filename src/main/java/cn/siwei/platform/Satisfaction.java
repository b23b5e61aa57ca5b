package cn.siwei.platform;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A resident's verdict on work done for them, the one vocabulary of every capability (a wish's beneficiary, a
 * request's reporter, a mediation's parties…). "Satisfied" and "basically satisfied" both count as satisfied in the
 * figures, as the seed's satisfaction rates do.
 */
public enum Satisfaction {

	/** 满意. */
	SATISFIED,
	/** 基本满意. */
	BASICALLY_SATISFIED,
	/** 不满意: the work goes on. */
	DISSATISFIED;

	/** The values that count as satisfied, as an SQL list for figures: {@code ('SATISFIED', 'BASICALLY_SATISFIED')}. */
	public static final String SATISFIED_SQL = "('SATISFIED', 'BASICALLY_SATISFIED')";

	public String messageKey() {
		return "satisfaction." + name();
	}

	public boolean satisfied() {
		return this != DISSATISFIED;
	}

	/**
	 * Reads a verdict from a form or a JSON body; {@code BASIC}, the wish API's word before the two vocabularies were
	 * one, is still understood.
	 */
	@JsonCreator
	public static Satisfaction parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String name = text.strip().toUpperCase(Locale.ROOT);
		return "BASIC".equals(name) ? BASICALLY_SATISFIED : valueOf(name);
	}

}
