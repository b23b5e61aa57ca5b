package cn.siwei.meeting;

import java.time.LocalDateTime;

import cn.siwei.meeting.MeetingTerms.Kind;

/**
 * What convening a meeting takes.
 *
 * @param regionId the node it is convened for
 * @param kind its kind
 * @param title what it is about
 * @param place where
 * @param startsAt when, in the platform's zone
 * @param convener the body convening it
 * @param quorum how many must be present for decisions
 * @param parties the parties invited, one per line
 * @param agenda the agenda, one item per line
 */
public record MeetingForm(Long regionId, Kind kind, String title, String place, LocalDateTime startsAt,
		String convener, Integer quorum, String parties, String agenda) {
}
