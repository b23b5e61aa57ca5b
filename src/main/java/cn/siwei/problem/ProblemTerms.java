package cn.siwei.problem;

/** The words of the problem inventory: kinds, how a problem was found, its states and what its timeline records. */
public final class ProblemTerms {

	private ProblemTerms() {
	}

	/** What a problem is about; its number is the category its figures are broken down by. */
	public enum Kind {

		/** 环境卫生. */
		ENVIRONMENT(1),
		/** 设施设备 (lifts, pipes, wiring, roofs). */
		FACILITIES(2),
		/** 安全隐患 (fire lanes, old wiring, falling objects). */
		SAFETY(3),
		/** 停车交通. */
		PARKING(4),
		/** 物业管理 (no one manages it, or badly). */
		PROPERTY(5),
		/** 其他. */
		OTHER(6);

		private final long category;

		Kind(long category) {
			this.category = category;
		}

		public long category() {
			return this.category;
		}

		public String messageKey() {
			return "problem.kind." + name();
		}

		static Kind of(long category) {
			for (Kind k : values()) {
				if (k.category == category) {
					return k;
				}
			}
			return OTHER;
		}

	}

	/** How a problem was found; the "channel" of its figures. */
	public enum Source {

		/** 走访巡查: a walk through the compound. */
		WALK,
		/** 会议: raised at a meeting (说事会, 联席会议, 六方会谈). */
		MEETING,
		/** 居民反映. */
		RESIDENT,
		/** 检查: an inspection by a department. */
		INSPECTION,
		/** 由诉求发现: seen again and again in requests. */
		REQUEST;

		public String messageKey() {
			return "problem.source." + name();
		}

	}

	/** Where a problem stands on the governance list. */
	public enum Status {

		/** 已发现: found, no owner yet. */
		FOUND,
		/** 已列入清单: an owner and a limit. */
		ASSIGNED,
		/** 已解决. */
		DONE,
		/** 不予处理: dropped with a reason (not a problem, a duplicate, beyond the community). */
		DROPPED;

		public String messageKey() {
			return "problem.status." + name();
		}

	}

	/** What the timeline of a problem records. */
	public enum EventKind {

		FOUND, ASSIGNED, PROGRESS, DONE, DROPPED, REOPENED, OVERDUE

	}

}
