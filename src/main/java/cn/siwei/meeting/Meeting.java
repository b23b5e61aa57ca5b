package cn.siwei.meeting;

import java.time.Instant;
import java.util.List;

import cn.siwei.meeting.MeetingTerms.DecisionStatus;
import cn.siwei.meeting.MeetingTerms.Kind;
import cn.siwei.meeting.MeetingTerms.Status;

/**
 * A meeting as read.
 *
 * @param id its number
 * @param regionId the node it was convened for
 * @param regionPath that node's path
 * @param regionName that node's name
 * @param kind its kind
 * @param title what it is about
 * @param place where it is held
 * @param startsAt when it begins
 * @param convener who convened it (a body: 永安社区居委会)
 * @param quorum how many must be present for decisions
 * @param status where it stands
 * @param minutes its minutes, once written
 * @param present how many signed in
 * @param decisions how many decisions it took
 * @param cancelledReason why it was called off
 * @param createdAt when it was convened
 */
public record Meeting(long id, long regionId, String regionPath, String regionName, Kind kind, String title,
		String place, Instant startsAt, String convener, int quorum, Status status, String minutes, int present,
		int decisions, String cancelledReason, Instant createdAt) {

	/** Whether enough are present for decisions. */
	public boolean quorate() {
		return MeetingLoop.quorate(this.present, this.quorum);
	}

	/**
	 * A party invited.
	 *
	 * @param id its line
	 * @param name the body or person
	 * @param organisationId the organisation, when it is one
	 */
	public record Party(long id, String name, Long organisationId) {
	}

	/**
	 * An item of the agenda.
	 *
	 * @param position its place
	 * @param title what is discussed
	 * @param link the page of the matter it points at, or null
	 */
	public record AgendaItem(int position, String title, String link) {
	}

	/**
	 * Someone who signed in.
	 *
	 * @param id the line
	 * @param name who
	 * @param party for which party
	 * @param how by QR code or by staff
	 * @param at when
	 * @param recordedBy who recorded it (the attendee, for a QR sign-in)
	 */
	public record Attendance(long id, String name, String party, MeetingTerms.SignIn how, Instant at,
			String recordedBy) {
	}

	/**
	 * A decision, tracked to done.
	 *
	 * @param id its number
	 * @param meetingId the meeting
	 * @param meetingTitle the meeting's title
	 * @param regionPath where
	 * @param text what was decided
	 * @param owner who carries it out
	 * @param organisationId the owner's organisation, when it is one
	 * @param workingDays the limit in working days
	 * @param dueAt the limit
	 * @param status where it stands
	 * @param progress the last progress reported
	 * @param doneAt when it was done
	 * @param late whether its limit passed before it was done
	 * @param createdAt when it was decided
	 */
	public record Decision(long id, long meetingId, String meetingTitle, String regionPath, String text, String owner,
			Long organisationId, int workingDays, Instant dueAt, DecisionStatus status, String progress, Instant doneAt,
			boolean late, Instant createdAt) {

		/** Whether it is open and past its limit at {@code now}. */
		public boolean overdueAt(Instant now) {
			return this.status == DecisionStatus.OPEN && now.isAfter(this.dueAt);
		}

	}

	/**
	 * Everything the meeting's page shows.
	 *
	 * @param meeting the meeting
	 * @param parties the parties invited
	 * @param agenda its agenda
	 * @param attendance who signed in
	 * @param decisions its decisions
	 */
	public record Detail(Meeting meeting, List<Party> parties, List<AgendaItem> agenda, List<Attendance> attendance,
			List<Decision> decisions) {
	}

}
