package cn.siwei.roster;

/** The words of the rosters: roles, how one came to it, what one did, where a member stands. */
public final class RosterTerms {

	private RosterTerms() {
	}

	/** A role of self-governance; its number is the category its figures are broken down by. */
	public enum Role {

		/** 街道级红色管家. */
		STEWARD_STREET(1),
		/** 社区级红色管家. */
		STEWARD_COMMUNITY(2),
		/** 小区级红色管家. */
		STEWARD_COMPOUND(3),
		/** 庭院长. */
		COURTYARD_HEAD(4),
		/** 楼栋长. */
		BUILDING_HEAD(5),
		/** 单元长. */
		UNIT_HEAD(6),
		/** 小区能人 (paired 1+1 with a vulnerable resident through the people's care pairings). */
		CAPABLE(7),
		/** 红色物业党员. */
		RED_PROPERTY(8),
		/** 业委会委员. */
		OWNERS_COMMITTEE(9),
		/**
		 * 物社联动交叉任职: a property company's staff serving in the community's committee, or the community's in
		 * the property company.
		 */
		CROSS_APPOINTED(10);

		private final long category;

		Role(long category) {
			this.category = category;
		}

		public long category() {
			return this.category;
		}

		public boolean steward() {
			return this.category <= 3;
		}

		public String messageKey() {
			return "roster.role." + name();
		}

		static Role of(long category) {
			for (Role r : values()) {
				if (r.category == category) {
					return r;
				}
			}
			throw new IllegalArgumentException("No role " + category);
		}

	}

	/** How one came to the role; the "channel" of the members' figures. */
	public enum Appointment {

		/** 选举. */
		ELECTED,
		/** 选聘. */
		APPOINTED,
		/** 推荐. */
		RECOMMENDED,
		/** 自荐. */
		VOLUNTEERED;

		public String messageKey() {
			return "roster.appointment." + name();
		}

	}

	/** What a member did; the "channel" of the activities' figures. */
	public enum ActivityKind {

		/** 走访入户. */
		VISIT,
		/** 上门服务. */
		SERVICE,
		/** 发现问题. */
		PROBLEM,
		/** 化解矛盾. */
		MEDIATION,
		/** 参加议事. */
		MEETING,
		/** 其他. */
		OTHER;

		public String messageKey() {
			return "roster.activity." + name();
		}

	}

	/** Where a member stands. */
	public enum Status {

		ACTIVE, ENDED;

		public String messageKey() {
			return "roster.status." + name();
		}

	}

}
