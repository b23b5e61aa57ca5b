package cn.siwei.renovation;

/** The words of renovation: what kind of works, who pays, where a project stands, what its timeline records. */
public final class RenovationTerms {

	private RenovationTerms() {
	}

	/** The kind of works (the national guidance's three classes); its number is the figures' category. */
	public enum Works {

		/** 基础类: water, power, gas, roads, roofs, pipes — what safety and daily life need. */
		BASIC(1),
		/** 完善类: lifts, parking, lighting, greening, accessibility. */
		COMPLETING(2),
		/** 提升类: community services — elderly care, childcare, canteens. */
		UPGRADING(3);

		private final long category;

		Works(long category) {
			this.category = category;
		}

		public long category() {
			return this.category;
		}

		public String messageKey() {
			return "renovation.works." + name();
		}

		static Works of(long category) {
			for (Works w : values()) {
				if (w.category == category) {
					return w;
				}
			}
			throw new IllegalArgumentException("No works " + category);
		}

	}

	/** Who pays; the figures' channel. */
	public enum Funding {

		GOVERNMENT, RESIDENTS, SOCIAL, MIXED;

		public String messageKey() {
			return "renovation.funding." + name();
		}

	}

	/** Where a project stands: 计划 → 征求意见 → 通过/未通过 → 施工 → 验收. */
	public enum Status {

		/** 计划: planned, not yet put to the residents. */
		PLANNED,
		/** 征求意见: the residents are being asked. */
		CONSULTING,
		/** 未通过: too few households agreed; the plan may be revised and asked again. */
		REJECTED,
		/** 施工: agreed, the works under way. */
		WORKS,
		/** 已验收: accepted; the project is done. */
		ACCEPTED;

		public String messageKey() {
			return "renovation.status." + name();
		}

	}

	/** What a project's timeline records. */
	public enum EventKind {

		PLANNED, CONSULTED, CONSENTED, REFUSED, REVISED, PROGRESS, ACCEPTED, FAILED_ACCEPTANCE

	}

}
