package cn.siwei.meeting;

/** The words of meetings: their kinds and states, and the states of their decisions. */
public final class MeetingTerms {

	private MeetingTerms() {
	}

	/** What kind of meeting it is. */
	public enum Kind {

		/** 六方会谈: community, property company, compound police, urban management, owners' committee, street. */
		SIX_PARTY,
		/** 物社联动联席会议: the community and the property company, with the units concerned. */
		JOINT,
		/** 说事会: residents bring what troubles them. */
		SHUOSHI,
		/** 评理会: a dispute reasoned out in the open. */
		PINGLI,
		/** 听证会: a hearing before a decision that touches residents. */
		HEARING,
		/** 居民议事会: the residents' council. */
		RESIDENTS_COUNCIL,
		/** 业主大会: the owners' general meeting. */
		OWNERS_MEETING;

		public String messageKey() {
			return "meeting.kind." + name();
		}

	}

	/** Where a meeting stands. */
	public enum Status {

		/** Convened, not begun. */
		PLANNED,
		/** Begun: attendees sign in, decisions are taken. */
		IN_SESSION,
		/** Closed with its minutes and attendance. */
		CLOSED,
		/** Called off, with the reason. */
		CANCELLED;

		public String messageKey() {
			return "meeting.status." + name();
		}

	}

	/** Where a decision stands. */
	public enum DecisionStatus {

		/** Being carried out by its owner. */
		OPEN,
		/** Done. */
		DONE;

		public String messageKey() {
			return "meeting.decisionStatus." + name();
		}

	}

	/** How an attendee signed in. */
	public enum SignIn {

		/** Scanned the meeting's QR code on their phone. */
		QR,
		/** Signed in by staff (no phone, or on paper). */
		STAFF

	}

	/** What the timeline of a meeting records. */
	public enum EventKind {

		CONVENED, OPENED, SIGNED_IN, DECIDED, CLOSED, CANCELLED, PROGRESS, DECISION_DONE, DECISION_LATE, MATTER_DECIDED,
		AGENDA_ADDED

	}

}
