package cn.siwei.meeting;

import java.time.Instant;

/**
 * What happened to meetings and their decisions, published after each act: the module's API to the rest of the
 * platform (points for attendance, notices to a decision's owner, figures of rankings). Each carries the region
 * path, so that listeners can keep their own records by place.
 */
public final class MeetingEvents {

	private MeetingEvents() {
	}

	/** A meeting was convened. */
	public record MeetingConvened(long meetingId, String regionPath, String kind, Instant startsAt) {
	}

	/** It began. */
	public record MeetingOpened(long meetingId, String regionPath) {
	}

	/** Someone signed in (by QR code or by staff); {@code personId} is set when the attendee is a known resident. */
	public record AttendeeSignedIn(long meetingId, String regionPath, long attendanceId, Long personId, String how) {
	}

	/** A decision was taken, with its owner and limit. */
	public record DecisionTaken(long meetingId, long decisionId, String regionPath, Long organisationId, Instant dueAt) {
	}

	/** The meeting closed with its minutes; {@code present} attendees. */
	public record MeetingClosed(long meetingId, String regionPath, int present) {
	}

	/** It was called off. */
	public record MeetingCancelled(long meetingId, String regionPath) {
	}

	/** A decision was done; {@code late} when after its limit. */
	public record DecisionDone(long meetingId, long decisionId, String regionPath, boolean late) {
	}

	/** A decision's limit passed before it was done. */
	public record DecisionLate(long meetingId, long decisionId, String regionPath) {
	}

	/** An owners' vote on a matter was counted: passed or not, under Civil Code art. 278. */
	public record MatterDecided(long meetingId, long matterId, String regionPath, boolean passed) {
	}

}
