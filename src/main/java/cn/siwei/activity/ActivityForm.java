package cn.siwei.activity;

import java.time.LocalDateTime;

import cn.siwei.activity.ActivityTerms.Kind;

/**
 * An activity as a form or the API sends it.
 *
 * @param regionId where (a node of the actor's region)
 * @param kind what it is
 * @param title its name
 * @param organiser who organised it
 * @param teamId the service squad or team, or null
 * @param place where
 * @param startsAt when it began (local time)
 * @param endsAt when it ended (local time)
 * @param participants how many took part, when counted (null: people will be signed in)
 * @param note what happened
 */
public record ActivityForm(Long regionId, Kind kind, String title, String organiser, Long teamId, String place,
		LocalDateTime startsAt, LocalDateTime endsAt, Integer participants, String note) {
}
