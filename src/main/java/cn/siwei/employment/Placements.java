package cn.siwei.employment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.employment.EmploymentEvents.PlacementChecked;
import cn.siwei.employment.EmploymentTerms.Check;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;

/**
 * Placements re-checked at 30 and 90 days after the hire (still in work?), by staff of the seeker's place or the
 * employer: the retention figures count what the checks found. A check is taken once, on or after its day.
 */
@Service
public class Placements {

	static final String TYPE = "job_placement";

	static final String SELECT = """
			select x.*, p.name as seeker_name, v.title as vacancy_title, o.name as employer_name from job_placement x
			join job_seeker s on s.id = x.seeker_id join person p on p.id = s.person_id
			join job_vacancy v on v.id = x.vacancy_id join organisation o on o.id = x.employer_id""";

	private final JdbcClient jdbc;

	private final Events events;

	private final Clock clock;

	Placements(JdbcClient jdbc, Events events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	static Placement map(ResultSet rs, int n) throws SQLException {
		String c30 = rs.getString("check30");
		String c90 = rs.getString("check90");
		return new Placement(rs.getLong("id"), rs.getLong("application_id"), rs.getLong("seeker_id"),
				rs.getString("seeker_name"), rs.getString("vacancy_title"), rs.getLong("employer_id"),
				rs.getString("employer_name"), rs.getString("region_path"), rs.getString("channel"),
				rs.getObject("hired_on", LocalDate.class), c30 == null ? null : Check.valueOf(c30),
				c90 == null ? null : Check.valueOf(c90));
	}

	/** A placement the actor may see: staff of the seeker's place, or the employer's own account. Else 404. */
	@Transactional(readOnly = true)
	public Placement get(Actor actor, long id) {
		Placement p = this.jdbc.sql(SELECT + " where x.id = ?").param(id).query(Placements::map).optional()
			.orElseThrow(() -> new NotFound(TYPE, id));
		if (actor.can(EmploymentPermissions.VIEW) && actor.scope().covers(p.regionPath())
				|| Vacancies.ownEmployer(actor, p.employerId())) {
			return p;
		}
		throw new NotFound(TYPE, id);
	}

	/** Records what the 30- or 90-day check found, once, on or after its day. */
	@Transactional
	public void check(Actor actor, long id, int days, Check outcome) {
		Placement p = get(actor, id);
		if (!(actor.can(EmploymentPermissions.HANDLE) && actor.scope().covers(p.regionPath()))
				&& !Vacancies.ownEmployer(actor, p.employerId())) {
			throw new AccessDenied(EmploymentPermissions.HANDLE);
		}
		if (days != 30 && days != 90) {
			throw Rejected.field("days", "employment.rejected.checkDays");
		}
		if (outcome == null) {
			throw Rejected.field("outcome", "validation.required");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (today.isBefore(p.due(days))) {
			throw Rejected.because("employment.rejected.checkNotDue", p.due(days));
		}
		String column = "check" + days;
		Instant now = this.clock.instant();
		int n = this.jdbc.sql("update job_placement set " + column + " = ?, " + column + "_at = ?, " + column
				+ "_by = ? where id = ? and " + column + " is null")
			.params(outcome.name(), Timestamp.from(now), actor.displayName(), id).update();
		if (n == 0) {
			throw Rejected.because("employment.rejected.checkedAlready");
		}
		this.events.changed(actor, TYPE, id, RecordChanged.Action.UPDATE, p.regionPath(), Map.of(column, ""),
				Map.of(column, outcome.name()), null);
		this.events.publish(new PlacementChecked(id, days, outcome.name()));
	}

}
