package cn.siwei.employment;

import java.time.Instant;

import cn.siwei.employment.EmploymentTerms.FairKind;
import cn.siwei.employment.EmploymentTerms.FairStatus;

/**
 * A job fair: offline in a community (booths, pre-registration, check-in, queues) or online (a time-boxed list of
 * vacancies).
 *
 * @param id its number
 * @param regionId where
 * @param regionPath the node's path
 * @param regionName the node's name
 * @param title its name
 * @param kind offline or online
 * @param place where it is held (offline)
 * @param startsAt when it opens
 * @param endsAt when it ends
 * @param status where it stands
 * @param registered seekers registered
 * @param checkedIn seekers checked in
 * @param intents intents to hire recorded at its booths
 */
public record Fair(long id, long regionId, String regionPath, String regionName, String title, FairKind kind,
		String place, Instant startsAt, Instant endsAt, FairStatus status, int registered, int checkedIn, int intents) {
}
