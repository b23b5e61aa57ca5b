package cn.siwei.employment;

import java.time.LocalDateTime;

import cn.siwei.employment.EmploymentTerms.FairKind;

/**
 * A job fair as a form or the API sends it.
 *
 * @param regionId where (a node of the actor's region)
 * @param title its name
 * @param kind offline or online
 * @param place where it is held (offline)
 * @param startsAt when it opens (local time)
 * @param endsAt when it ends (local time)
 */
public record FairForm(Long regionId, String title, FairKind kind, String place, LocalDateTime startsAt,
		LocalDateTime endsAt) {
}
