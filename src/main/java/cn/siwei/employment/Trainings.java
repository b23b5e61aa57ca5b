package cn.siwei.employment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.employment.EmploymentEvents.TrainingSessionHeld;
import cn.siwei.employment.EmploymentTerms.TrainingKind;
import cn.siwei.organisation.Organisations;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.platform.Where;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;

/**
 * Targeted trainings (订单式、定向式、定岗式): planned by staff at a node (with the employer whose order they train for,
 * when there is one), seekers enrolled up to the capacity (by staff, or themselves; with consent when an employer's
 * order is behind it), sessions recorded with who attended (each session is an activity: {@link TrainingSessionHeld}),
 * completions with a certificate number, the training finished. A hire of a seeker who completed a training before
 * it is a placement after training.
 */
@Service
public class Trainings {

	static final String TYPE = "job_training";

	static final String SELECT = """
			select x.*, g.name as region_name, o.name as employer_name,
			  (select count(*) from job_training_enrolment e where e.training_id = x.id and e.status <> 'DROPPED') as enrolled,
			  (select count(*) from job_training_enrolment e where e.training_id = x.id and e.status = 'COMPLETED') as completed,
			  (select count(*) from job_training_session s where s.training_id = x.id) as sessions
			from job_training x join region g on g.id = x.region_id left join organisation o on o.id = x.employer_id""";

	private final JdbcClient jdbc;

	private final Regions regions;

	private final Organisations organisations;

	private final Seekers seekers;

	private final Events events;

	private final Clock clock;

	Trainings(JdbcClient jdbc, Regions regions, Organisations organisations, Seekers seekers, Events events,
			Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.organisations = organisations;
		this.seekers = seekers;
		this.events = events;
		this.clock = clock;
	}

	static Training map(ResultSet rs, int n) throws SQLException {
		return new Training(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_path"),
				rs.getString("region_name"), rs.getString("title"), TrainingKind.valueOf(rs.getString("kind")),
				rs.getObject("employer_id", Long.class), rs.getString("employer_name"), rs.getString("occupation"),
				rs.getInt("capacity"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getString("place"), rs.getString("status"), rs.getLong("enrolled"), rs.getLong("completed"),
				rs.getLong("sessions"));
	}

	/** A training of the actor's region (staff), or 404. */
	@Transactional(readOnly = true)
	public Training get(Actor actor, long id) {
		actor.require(EmploymentPermissions.VIEW);
		return Where.one(this.jdbc, SELECT, "x", actor, id, Trainings::map, TYPE);
	}

	private Training staff(Actor actor, long id) {
		actor.require(EmploymentPermissions.HANDLE);
		return get(actor, id);
	}

	/**
	 * Plans a training.
	 *
	 * @param employerId the employer whose order it trains for (required for 订单式), or null
	 */
	@Transactional
	public long plan(Actor actor, Long regionId, String title, TrainingKind kind, Long employerId, String occupation,
			Integer capacity, LocalDate startsOn, LocalDate endsOn, String place) {
		actor.require(EmploymentPermissions.HANDLE);
		Violations v = new Violations();
		Region region = this.regions.named(v, actor, "regionId", regionId);
		String t = v.required("title", title, 200);
		String where = v.required("place", place, 200);
		if (kind == null) {
			v.add("kind", "validation.required");
		}
		if (employerId != null && this.organisations.findVisibleOrAbove(actor, employerId).isEmpty()) {
			v.add("employerId", "employment.rejected.employer");
		}
		if (kind == TrainingKind.ORDER && employerId == null) {
			v.add("employerId", "employment.rejected.orderEmployer");
		}
		Integer group = occupation == null ? null : this.jdbc.sql("select grp from job_occupation where code = ?")
			.param(occupation.strip()).query(Integer.class).optional().orElse(null);
		if (group == null) {
			v.add("occupation", "employment.rejected.occupation");
		}
		if (capacity == null || capacity < 1 || capacity > 1000) {
			v.add("capacity", "employment.rejected.capacity");
		}
		if (startsOn == null) {
			v.add("startsOn", "validation.required");
		}
		if (endsOn == null || startsOn != null && endsOn.isBefore(startsOn)) {
			v.add("endsOn", "employment.rejected.endsOn");
		}
		v.throwIfAny();
		long id = this.jdbc.sql("""
				insert into job_training (region_id, region_path, title, kind, employer_id, occupation, category_id,
				  capacity, starts_on, ends_on, place, status, created_by, planned_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?) returning id""")
			.params(region.id(), region.path(), t, kind.name(), employerId, occupation.strip(), group, capacity, startsOn,
					endsOn, where, actor.accountId(), Timestamp.from(this.clock.instant()),
					Timestamp.from(startsOn.atStartOfDay(this.clock.getZone()).toInstant()))
			.query(Long.class).single();
		this.events.created(actor, TYPE, id, region.path(), Map.of("title", t, "kind", kind.name()));
		return id;
	}

	/** Enrols a seeker of the actor's region (again: the same enrolment), up to the capacity. */
	@Transactional
	public long enrol(Actor actor, long trainingId, long seekerId) {
		Training t = staff(actor, trainingId);
		open(t);
		Seeker s = this.seekers.find(seekerId);
		if (!actor.scope().covers(s.regionPath())) {
			throw new NotFound(Seekers.TYPE, seekerId);
		}
		Long earlier = this.jdbc.sql("select id from job_training_enrolment where training_id = ? and seeker_id = ?")
			.params(trainingId, seekerId).query(Long.class).optional().orElse(null);
		if (earlier != null) {
			return earlier;
		}
		if (t.employerId() != null && !s.consented()) {
			throw Rejected.because("employment.rejected.noConsent");
		}
		// the training's row is locked while its places are counted: two enrolments at once cannot pass the capacity
		this.jdbc.sql("select id from job_training where id = ? for update").param(trainingId).query(Long.class).single();
		long taken = this.jdbc.sql("select count(*) from job_training_enrolment where training_id = ? and status <> 'DROPPED'")
			.param(trainingId).query(Long.class).single();
		if (taken >= t.capacity()) {
			throw Rejected.because("employment.rejected.full", t.capacity());
		}
		long id = this.jdbc.sql("""
				insert into job_training_enrolment (training_id, seeker_id, region_path, category_id, channel, status,
				  created_by, created_at)
				values (?, ?, ?, ?, ?, 'ENROLLED', ?, ?) returning id""")
			.params(trainingId, seekerId, s.regionPath(), trainingCategory(t), t.kind().name(), actor.accountId(),
					Timestamp.from(this.clock.instant()))
			.query(Long.class).single();
		this.events.created(actor, "job_training_enrolment", id, s.regionPath(),
				Map.of("trainingId", trainingId, "seekerId", seekerId));
		return id;
	}

	private long trainingCategory(Training t) {
		return this.jdbc.sql("select category_id from job_training where id = ?").param(t.id()).query(Long.class).single();
	}

	/**
	 * Records a session held, with the enrolments that attended (each counted once per session).
	 *
	 * @return the session
	 */
	@Transactional
	public long session(Actor actor, long trainingId, LocalDateTime heldAt, String topic, Set<Long> present) {
		Training t = staff(actor, trainingId);
		open(t);
		Violations v = new Violations();
		String what = v.required("topic", topic, 200);
		LocalDate today = LocalDate.now(this.clock);
		if (heldAt == null || heldAt.toLocalDate().isAfter(today) || heldAt.toLocalDate().isBefore(t.startsOn())) {
			v.add("heldAt", "employment.rejected.heldAt");
		}
		Set<Long> ids = present == null ? Set.of() : new LinkedHashSet<>(present);
		if (!ids.isEmpty() && this.jdbc.sql("""
				select count(*) from job_training_enrolment where training_id = ? and status <> 'DROPPED' and id = any(?)""")
			.params(trainingId, ids.toArray(Long[]::new)).query(Long.class).single() != ids.size()) {
			v.add("present", "employment.rejected.notEnrolled");
		}
		v.throwIfAny();
		Instant at = heldAt.atZone(this.clock.getZone()).toInstant();
		long id = this.jdbc.sql("""
				insert into job_training_session (training_id, held_at, topic, attended, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(trainingId, Timestamp.from(at), what, ids.size(), actor.accountId(), Timestamp.from(this.clock.instant()))
			.query(Long.class).single();
		if (!ids.isEmpty()) {
			Long[] attended = ids.toArray(Long[]::new);
			this.jdbc.sql("insert into job_training_attendance (session_id, enrolment_id) select ?, unnest(?::bigint[])")
				.params(id, attended).update();
			this.jdbc.sql("update job_training_enrolment set attended = attended + 1 where id = any(?)").param(attended)
				.update();
		}
		this.events.publish(new TrainingSessionHeld(id, t.regionPath(), t.title() + "：" + what, t.place(), at, ids.size()));
		return id;
	}

	/** Completes an enrolment with a certificate number (训练 id and the enrolment's); once. */
	@Transactional
	public String complete(Actor actor, long enrolmentId) {
		var e = enrolment(enrolmentId);
		staff(actor, e[0]);
		String certificate = "PX" + e[0] + "-" + enrolmentId;
		int n = this.jdbc.sql("""
				update job_training_enrolment set status = 'COMPLETED', certificate = ?, completed_at = ?
				where id = ? and status = 'ENROLLED'""")
			.params(certificate, Timestamp.from(this.clock.instant()), enrolmentId).update();
		if (n == 0) {
			throw Rejected.because("employment.rejected.notEnrolledNow");
		}
		return certificate;
	}

	/** Drops an enrolment (the place is free again). */
	@Transactional
	public void drop(Actor actor, long enrolmentId) {
		var e = enrolment(enrolmentId);
		staff(actor, e[0]);
		if (this.jdbc.sql("update job_training_enrolment set status = 'DROPPED' where id = ? and status = 'ENROLLED'")
			.param(enrolmentId).update() == 0) {
			throw Rejected.because("employment.rejected.notEnrolledNow");
		}
	}

	/** Finishes a training (on or after its last day). */
	@Transactional
	public void finish(Actor actor, long trainingId) {
		Training t = staff(actor, trainingId);
		open(t);
		if (LocalDate.now(this.clock).isBefore(t.endsOn())) {
			throw Rejected.because("employment.rejected.trainingNotEnded", t.endsOn());
		}
		this.jdbc.sql("update job_training set status = 'FINISHED' where id = ?").param(trainingId).update();
	}

	private static void open(Training t) {
		if (!"OPEN".equals(t.status())) {
			throw Rejected.because("employment.rejected.trainingFinished");
		}
	}

	private long[] enrolment(long id) {
		return this.jdbc.sql("select training_id, seeker_id from job_training_enrolment where id = ?").param(id)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).optional()
			.orElseThrow(() -> new NotFound("job_training_enrolment", id));
	}

	/** An enrolment as listed on its training's page. */
	public record Enrolment(long id, long seekerId, String name, String status, int attended, String certificate) {
	}

	@Transactional(readOnly = true)
	public List<Enrolment> enrolments(Actor actor, long trainingId) {
		get(actor, trainingId);
		return this.jdbc.sql("""
				select e.id, e.seeker_id, p.name, e.status, e.attended, e.certificate from job_training_enrolment e
				join job_seeker s on s.id = e.seeker_id join person p on p.id = s.person_id
				where e.training_id = ? order by e.status = 'DROPPED', e.created_at, e.id""")
			.param(trainingId)
			.query((rs, n) -> new Enrolment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getString(6)))
			.list();
	}

	/** A session as listed. */
	public record Session(long id, Instant heldAt, String topic, int attended) {
	}

	@Transactional(readOnly = true)
	public List<Session> sessions(Actor actor, long trainingId) {
		get(actor, trainingId);
		return this.jdbc.sql("select id, held_at, topic, attended from job_training_session where training_id = ? order by held_at")
			.param(trainingId)
			.query((rs, n) -> new Session(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4)))
			.list();
	}

	/** Whether a seeker completed a training that ended on or before a day (a hire then is a placement after training). */
	boolean trainedBefore(long seekerId, LocalDate day) {
		return this.jdbc.sql("""
				select count(*) from job_training_enrolment e join job_training t on t.id = e.training_id
				where e.seeker_id = ? and e.status = 'COMPLETED' and e.completed_at < ?""")
			.params(seekerId, Timestamp.from(day.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant()))
			.query(Long.class).single() > 0;
	}

}
