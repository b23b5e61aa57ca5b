package cn.siwei.mediation;

/** The words of mediation: kinds of dispute, where they came from, the states of a case and their acts. */
public final class MediationTerms {

	private MediationTerms() {
	}

	/** What the dispute is about; its number is the category its figures are broken down by. */
	public enum Kind {

		/** 物业纠纷: between owners and the property company (counted apart, as the seed does). */
		PROPERTY(1),
		/** 邻里纠纷. */
		NEIGHBOUR(2),
		/** 婚姻家庭纠纷. */
		FAMILY(3),
		/** 劳动纠纷. */
		LABOUR(4),
		/** 其他. */
		OTHER(5);

		private final long category;

		Kind(long category) {
			this.category = category;
		}

		public long category() {
			return this.category;
		}

		public String messageKey() {
			return "mediation.kind." + name();
		}

	}

	/** Where the dispute came from; the "channel" of its figures. */
	public enum Source {

		/** 来访: a party came in. */
		VISIT,
		/** 来电. */
		PHONE,
		/** 排查: found by staff. */
		PATROL,
		/** 法院委派. */
		COURT,
		/** 公安移交. */
		POLICE,
		/** 信访转交. */
		PETITION,
		/** 由诉求转来. */
		REQUEST;

		public String messageKey() {
			return "mediation.source." + name();
		}

	}

	/** The body a mediator is drawn from (调解力量). */
	public enum Body {

		/** 人民调解委员会 (of a community, a village, or one for property disputes). */
		COMMUNITY,
		/** 法院（诉前调解）. */
		COURT,
		/** 检察院. */
		PROCURATORATE,
		/** 信访部门. */
		PETITION,
		/** 人社部门（劳动仲裁）. */
		LABOUR,
		/** 派出所. */
		POLICE,
		/** 律师（法律顾问）. */
		LAWYER;

		public String messageKey() {
			return "mediation.body." + name();
		}

	}

	/** Where a case stands: 接待 → 调解 → 受理 → 处理 → 结案. */
	public enum Status {

		/** 接待: received, no mediator yet. */
		RECEIVED,
		/** 调解: a mediator is assigned and talks to the parties. */
		MEDIATING,
		/** 受理: accepted; the one-month clock runs. */
		ACCEPTED,
		/** 处理 ended in an agreement; its performance is visited before closing. */
		AGREED,
		/** 处理 ended without agreement; the parties are told where to go next. */
		FAILED,
		/** 结案. */
		CLOSED;

		public String messageKey() {
			return "mediation.status." + name();
		}

	}

	/** How an agreement was performed, found at the follow-up visit. */
	public enum Performance {

		PERFORMED, PARTLY, NOT_PERFORMED;

		public String messageKey() {
			return "mediation.performance." + name();
		}

	}

	/** What the timeline of a case records. */
	public enum EventKind {

		RECEIVED, ASSIGNED, OBJECTED, ACCEPTED, SESSION, EXTENDED, AGREED, FAILED, CONFIRMATION, FOLLOWED_UP, CLOSED,
		OVERDUE, CONFIRMATION_OVERDUE, EVIDENCE, EXPORTED

	}

}
