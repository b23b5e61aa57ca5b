package cn.siwei.employment;

/** The words of employment: hours, care tags, the states of an application, refusals, fairs, checks. */
public final class EmploymentTerms {

	private EmploymentTerms() {
	}

	/** The hours of a vacancy or wished by a seeker: the vacancies' channel. */
	public enum Hours {

		FULL_TIME, PART_TIME, SHIFTS, FLEXIBLE;

		public String messageKey() {
			return "employment.hours." + name();
		}

	}

	/**
	 * Care tags of employment assistance (就业援助): staff only, never shown to an employer. The first of a seeker's is
	 * its category in the figures (9: none).
	 */
	public enum Care {

		/** 残疾人. */
		DISABLED(1),
		/** 零就业家庭. */
		ZERO_EMPLOYMENT_FAMILY(2),
		/** 刑满释放人员. */
		RELEASED(3),
		/** 长期失业人员. */
		LONG_UNEMPLOYED(4),
		/** 高校毕业生. */
		GRADUATE(5),
		/** 低保家庭. */
		LOW_INCOME(6),
		/** 退役军人. */
		VETERAN(7);

		/** The category of a seeker with no care tag. */
		public static final long NONE = 9;

		private final long category;

		Care(long category) {
			this.category = category;
		}

		public long category() {
			return this.category;
		}

		public String messageKey() {
			return "employment.care." + name();
		}

	}

	/** How a seeker's consent was given: the seekers' channel. */
	public enum Consent {

		/** Signed on paper at the community's counter. */
		PAPER,
		/** Given by the resident on their phone. */
		ONLINE,
		/** Not given yet: nothing is shared with employers. */
		NONE;

		public String messageKey() {
			return "employment.consent." + name();
		}

	}

	/** A seeker's standing. */
	public enum SeekerStatus {

		ACTIVE, PLACED, WITHDRAWN;

		public String messageKey() {
			return "employment.seekerStatus." + name();
		}

	}

	/** A vacancy's standing. */
	public enum VacancyStatus {

		OPEN, FILLED, CLOSED;

		public String messageKey() {
			return "employment.vacancyStatus." + name();
		}

	}

	/** Where an application stands (applied → viewed → interview → offered → hired / refused; closed when left). */
	public enum Status {

		APPLIED, VIEWED, INTERVIEW, OFFERED, HIRED, REFUSED, CLOSED;

		/** Still in play. */
		public boolean open() {
			return this == APPLIED || this == VIEWED || this == INTERVIEW || this == OFFERED;
		}

		public String messageKey() {
			return "employment.status." + name();
		}

	}

	/** Who sent an application: the applications' channel. */
	public enum Sender {

		/** The seeker applied. */
		SEEKER,
		/** Staff referred the seeker (推荐). */
		STAFF,
		/** The employer invited the seeker. */
		EMPLOYER,
		/** Intent to hire recorded at a fair's booth. */
		FAIR;

		public String messageKey() {
			return "employment.sender." + name();
		}

	}

	/** Why an application was refused (coded, as les-emplois does), said to the seeker. */
	public enum Refusal {

		/** The seeker declined. */
		SEEKER_DECLINED,
		/** Skills or experience do not fit. */
		SKILLS,
		/** The hours do not suit. */
		HOURS,
		/** The pay does not suit the seeker. */
		PAY,
		/** Too far from home. */
		DISTANCE,
		/** Every place was taken. */
		FILLED,
		/** The seeker could not be reached. */
		UNREACHABLE,
		/** Did not come to the interview. */
		NO_SHOW,
		/** Found work elsewhere. */
		HIRED_ELSEWHERE,
		/** Health does not allow this work. */
		HEALTH,
		/** Something else (the note says what). */
		OTHER;

		public String messageKey() {
			return "employment.refusal." + name();
		}

	}

	/** A job fair's kind: the fairs' channel. */
	public enum FairKind {

		OFFLINE, ONLINE;

		public String messageKey() {
			return "employment.fairKind." + name();
		}

	}

	/** A fair's standing. */
	public enum FairStatus {

		PLANNED, HELD, CANCELLED;

		public String messageKey() {
			return "employment.fairStatus." + name();
		}

	}

	/** What a 30- or 90-day check found. */
	public enum Check {

		/** Still in work. */
		IN_WORK,
		/** Left the job. */
		LEFT,
		/** Could not be reached. */
		UNREACHABLE;

		public String messageKey() {
			return "employment.check." + name();
		}

	}

	/** How a placement came: the placements' channel. */
	public enum PlacementSource {

		APPLICATION, FAIR;

		public String messageKey() {
			return "employment.source." + name();
		}

	}

	/** A training's kind: the trainings' channel. */
	public enum TrainingKind {

		/** 订单式: trained for an employer's order of workers. */
		ORDER,
		/** 定向式: trained for a trade, toward its employers. */
		DIRECTED,
		/** 定岗式: trained for a post already promised. */
		POST;

		public String messageKey() {
			return "employment.trainingKind." + name();
		}

	}

}
