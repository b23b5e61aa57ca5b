package cn.siwei.activity;

/** The words of the activities ledger. */
public final class ActivityTerms {

	private ActivityTerms() {
	}

	/** What an activity is: its category in the figures. */
	public enum Kind {

		/** 文化活动. */
		CULTURAL(1),
		/** 上门服务. */
		DOOR_TO_DOOR(2),
		/** 服务队服务 (a service squad's). */
		SQUAD_SERVICE(3),
		/** 培训. */
		TRAINING(4),
		/** 招聘会. */
		JOB_FAIR(5),
		/** 志愿活动. */
		VOLUNTEER(6),
		/** 其他. */
		OTHER(7);

		private final long category;

		Kind(long category) {
			this.category = category;
		}

		public long category() {
			return this.category;
		}

		public static Kind of(long category) {
			for (Kind k : values()) {
				if (k.category == category) {
					return k;
				}
			}
			return OTHER;
		}

		public String messageKey() {
			return "activity.kind." + name();
		}

	}

	/** How the participants are known: the channel. */
	public enum Counting {

		/** A number counted at the door. */
		COUNTED,
		/** People of the register signed in one by one. */
		SIGNED_IN;

		public String messageKey() {
			return "activity.counting." + name();
		}

	}

}
