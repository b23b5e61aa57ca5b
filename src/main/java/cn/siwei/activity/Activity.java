package cn.siwei.activity;

import java.time.Instant;

import cn.siwei.activity.ActivityTerms.Counting;
import cn.siwei.activity.ActivityTerms.Kind;

/**
 * An activity of the ledger.
 *
 * @param id its number
 * @param regionId where
 * @param regionPath the node's path
 * @param regionName the node's name
 * @param kind what it is
 * @param counting how its participants are known
 * @param title its name
 * @param organiser who organised it
 * @param teamId the service squad or team, or null
 * @param place where it was held
 * @param startsAt when it began
 * @param endsAt when it ended
 * @param participants how many took part
 * @param note what happened
 * @param source where it came from (job_fair …), or null when recorded here
 * @param sourceId the record there
 */
public record Activity(long id, long regionId, String regionPath, String regionName, Kind kind, Counting counting,
		String title, String organiser, Long teamId, String place, Instant startsAt, Instant endsAt, int participants,
		String note, String source, Long sourceId) {
}
