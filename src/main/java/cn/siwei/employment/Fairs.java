package cn.siwei.employment;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.employment.ApplicationLoop.Act;
import cn.siwei.employment.EmploymentEvents.FairHeld;
import cn.siwei.employment.EmploymentTerms.FairKind;
import cn.siwei.employment.EmploymentTerms.FairStatus;
import cn.siwei.organisation.Organisation;
import cn.siwei.organisation.Organisations;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;

/**
 * Job fairs brought to a community (送岗位进社区): planned by staff at a node, employers given booths and their
 * vacancies offered there, seekers pre-registered (with their consent: the employers at the booths will see them),
 * checked in by the code of their registration, queued per booth, called and seen; an intent to hire recorded at
 * a booth is an application offered at once, which a hire turns into a placement. Closed after it ended, a fair is
 * held: its counts are kept and {@link FairHeld} goes to the activities ledger. Online fairs are a time-boxed list
 * of vacancies with the applications made there.
 */
@Service
public class Fairs {

	static final String TYPE = "job_fair";

	static final String SELECT = "select x.*, g.name as region_name from job_fair x join region g on g.id = x.region_id";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String CODE = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private final JdbcClient jdbc;

	private final Regions regions;

	private final Organisations organisations;

	private final Vacancies vacancies;

	private final Seekers seekers;

	private final Applications applications;

	private final Events events;

	private final Clock clock;

	Fairs(JdbcClient jdbc, Regions regions, Organisations organisations, Vacancies vacancies, Seekers seekers,
			Applications applications, Events events, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.organisations = organisations;
		this.vacancies = vacancies;
		this.seekers = seekers;
		this.applications = applications;
		this.events = events;
		this.clock = clock;
	}

	static Fair map(ResultSet rs, int n) throws SQLException {
		return new Fair(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_path"),
				rs.getString("region_name"), rs.getString("title"), FairKind.valueOf(rs.getString("kind")),
				rs.getString("place"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
				FairStatus.valueOf(rs.getString("status")), rs.getInt("registered"), rs.getInt("checked_in"),
				rs.getInt("intents"));
	}

	/** A fair anyone of the platform may see (residents register for them); staff only of their region. Else 404. */
	@Transactional(readOnly = true)
	public Fair get(Actor actor, long id) {
		Fair f = find(id);
		if (actor.can(EmploymentPermissions.VIEW) && !actor.scope().covers(f.regionPath())
				&& !boothOf(actor, id)) {
			throw new NotFound(TYPE, id);
		}
		return f;
	}

	Fair find(long id) {
		return this.jdbc.sql(SELECT + " where x.id = ?").param(id).query(Fairs::map).optional()
			.orElseThrow(() -> new NotFound(TYPE, id));
	}

	private boolean boothOf(Actor actor, long fairId) {
		return actor.can(EmploymentPermissions.EMPLOYER) && actor.organisationId() != null
				&& this.jdbc.sql("select count(*) from job_fair_booth where fair_id = ? and employer_id = ?")
					.params(fairId, actor.organisationId()).query(Long.class).single() > 0;
	}

	/** Staff of the fair's place. */
	private Fair staff(Actor actor, long id) {
		actor.require(EmploymentPermissions.HANDLE);
		Fair f = find(id);
		if (!actor.scope().covers(f.regionPath())) {
			throw new NotFound(TYPE, id);
		}
		return f;
	}

	/** Plans a fair at a node of the actor's region. */
	@Transactional
	public long plan(Actor actor, FairForm form) {
		actor.require(EmploymentPermissions.HANDLE);
		Violations v = new Violations();
		Region region = this.regions.named(v, actor, "regionId", form.regionId());
		String title = v.required("title", form.title(), 200);
		if (form.kind() == null) {
			v.add("kind", "validation.required");
		}
		String place = form.kind() == FairKind.OFFLINE ? v.required("place", form.place(), 200)
				: v.optional("place", form.place(), 200);
		if (form.startsAt() == null) {
			v.add("startsAt", "validation.required");
		}
		if (form.endsAt() == null || form.startsAt() != null && !form.endsAt().isAfter(form.startsAt())) {
			v.add("endsAt", "employment.rejected.endsAt");
		}
		v.throwIfAny();
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into job_fair (region_id, region_path, title, kind, place, starts_at, ends_at, status, created_by,
				  planned_at)
				values (?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?) returning id""")
			.params(region.id(), region.path(), title, form.kind().name(), place,
					Timestamp.from(form.startsAt().atZone(this.clock.getZone()).toInstant()),
					Timestamp.from(form.endsAt().atZone(this.clock.getZone()).toInstant()), actor.accountId(),
					Timestamp.from(now))
			.query(Long.class).single();
		this.events.created(actor, TYPE, id, region.path(), Map.of("title", title, "kind", form.kind().name()));
		return id;
	}

	/** Gives an employer of the actor's region a booth (numbered in order); again, the same booth. */
	@Transactional
	public long booth(Actor actor, long fairId, Long employerId) {
		Fair f = staff(actor, fairId);
		planned(f);
		Organisation org = employerId == null ? null
				: this.organisations.findVisibleOrAbove(actor, employerId).orElse(null);
		if (org == null) {
			throw Rejected.field("employerId", "employment.rejected.employer");
		}
		Long earlier = this.jdbc.sql("select id from job_fair_booth where fair_id = ? and employer_id = ?")
			.params(fairId, employerId).query(Long.class).optional().orElse(null);
		if (earlier != null) {
			return earlier;
		}
		return this.jdbc.sql("""
				insert into job_fair_booth (fair_id, employer_id, number)
				select ?, ?, coalesce(max(number), 0) + 1 from job_fair_booth where fair_id = ? returning id""")
			.params(fairId, employerId, fairId).query(Long.class).single();
	}

	/** Offers an open vacancy at the fair: of an employer with a booth there (offline), or any (online). */
	@Transactional
	public void offer(Actor actor, long fairId, long vacancyId) {
		Fair f = find(fairId);
		Vacancy vacancy = this.vacancies.mayChange(actor, vacancyId);
		if (!(actor.can(EmploymentPermissions.HANDLE) && actor.scope().covers(f.regionPath())) && !boothOf(actor, fairId)) {
			throw new NotFound(TYPE, fairId);
		}
		planned(f);
		if (!vacancy.open()) {
			throw Rejected.because("employment.rejected.vacancyNotOpen");
		}
		if (f.kind() == FairKind.OFFLINE && this.jdbc.sql(
				"select count(*) from job_fair_booth where fair_id = ? and employer_id = ?")
			.params(fairId, vacancy.employerId()).query(Long.class).single() == 0) {
			throw Rejected.because("employment.rejected.noBooth");
		}
		this.jdbc.sql("insert into job_fair_vacancy (fair_id, vacancy_id) values (?, ?) on conflict do nothing")
			.params(fairId, vacancyId).update();
	}

	/**
	 * Pre-registers a seeker (staff for one of their region, or the seeker themselves) who consented to share with
	 * employers; again, the same registration.
	 *
	 * @return the registration
	 */
	@Transactional
	public long register(Actor actor, long fairId, long seekerId) {
		Fair f = find(fairId);
		Seeker s = this.seekers.find(seekerId);
		boolean self = actor.personId() != null && actor.personId() == s.personId();
		if (!self) {
			actor.require(EmploymentPermissions.HANDLE);
			if (!actor.scope().covers(s.regionPath())) {
				throw new NotFound(Seekers.TYPE, seekerId);
			}
		}
		planned(f);
		Long earlier = this.jdbc.sql("select id from job_fair_registration where fair_id = ? and seeker_id = ?")
			.params(fairId, seekerId).query(Long.class).optional().orElse(null);
		if (earlier != null) {
			return earlier;
		}
		if (!s.consented()) {
			throw Rejected.because("employment.rejected.noConsent");
		}
		long id = this.jdbc.sql("""
				insert into job_fair_registration (fair_id, seeker_id, token, registered_at) values (?, ?, ?, ?)
				returning id""")
			.params(fairId, seekerId, code(), Timestamp.from(this.clock.instant())).query(Long.class).single();
		this.jdbc.sql("update job_fair set registered = registered + 1 where id = ?").param(fairId).update();
		return id;
	}

	/** Checks a registered seeker in by their registration's code (scanned or typed) on the fair's day. */
	@Transactional
	public long checkIn(Actor actor, long fairId, String token) {
		Fair f = staff(actor, fairId);
		planned(f);
		Instant now = this.clock.instant();
		if (now.isBefore(f.startsAt().minusSeconds(3600)) || now.isAfter(f.endsAt())) {
			throw Rejected.because("employment.rejected.notOpenNow");
		}
		String code = token == null ? "" : token.strip().toUpperCase(java.util.Locale.ROOT);
		var r = this.jdbc.sql("select id, checked_in_at from job_fair_registration where fair_id = ? and token = ?")
			.params(fairId, code).query((rs, n) -> new Object[] { rs.getLong(1), rs.getTimestamp(2) }).optional()
			.orElseThrow(() -> Rejected.field("token", "employment.rejected.token"));
		if (r[1] == null) {
			this.jdbc.sql("update job_fair_registration set checked_in_at = ? where id = ?")
				.params(Timestamp.from(now), r[0]).update();
			this.jdbc.sql("update job_fair set checked_in = checked_in + 1 where id = ?").param(fairId).update();
		}
		return (Long) r[0];
	}

	/** Puts a checked-in seeker in the queue of a booth of the fair; again, the same place in it. */
	@Transactional
	public long queue(Actor actor, long fairId, long boothId, long registrationId) {
		Fair f = staff(actor, fairId);
		Object[] b = booth(boothId);
		if ((Long) b[0] != fairId) {
			throw new NotFound("job_fair_booth", boothId);
		}
		planned(f);
		boolean checkedIn = this.jdbc.sql("select checked_in_at is not null from job_fair_registration where id = ? and fair_id = ?")
			.params(registrationId, f.id()).query(Boolean.class).optional()
			.orElseThrow(() -> new NotFound("job_fair_registration", registrationId));
		if (!checkedIn) {
			throw Rejected.because("employment.rejected.notCheckedIn");
		}
		Long earlier = this.jdbc.sql("select id from job_booth_queue where booth_id = ? and registration_id = ?")
			.params(boothId, registrationId).query(Long.class).optional().orElse(null);
		if (earlier != null) {
			return earlier;
		}
		return this.jdbc.sql("insert into job_booth_queue (booth_id, registration_id, joined_at) values (?, ?, ?) returning id")
			.params(boothId, registrationId, Timestamp.from(this.clock.instant())).query(Long.class).single();
	}

	/** A booth calls the next seeker waiting (staff, or the booth's employer). @return the place called, or null */
	@Transactional
	public Long callNext(Actor actor, long boothId) {
		Object[] b = booth(boothId);
		mayRunBooth(actor, (Long) b[0], (Long) b[1]);
		return this.jdbc.sql("""
				update job_booth_queue set called_at = ? where id = (
				  select id from job_booth_queue where booth_id = ? and called_at is null order by joined_at, id limit 1
				  for update skip locked) returning id""")
			.params(Timestamp.from(this.clock.instant()), boothId).query(Long.class).optional().orElse(null);
	}

	/**
	 * The booth has seen a seeker; with a vacancy of the booth's employer, an intent to hire: an application made at
	 * the fair and offered at once.
	 *
	 * @return the application, or null when no intent was recorded
	 */
	@Transactional
	public Long seen(Actor actor, long queueId, Long vacancyId) {
		var q = this.jdbc.sql("""
				select q.booth_id, b.fair_id, b.employer_id, r.seeker_id, q.seen_at from job_booth_queue q
				join job_fair_booth b on b.id = q.booth_id join job_fair_registration r on r.id = q.registration_id
				where q.id = ?""")
			.param(queueId)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getTimestamp(5) })
			.optional().orElseThrow(() -> new NotFound("job_booth_queue", queueId));
		mayRunBooth(actor, (Long) q[1], (Long) q[2]);
		Fair f = find((Long) q[1]);
		planned(f);
		Long application = null;
		if (vacancyId != null) {
			Vacancy vacancy = this.vacancies.get(Actor.SYSTEM, vacancyId);
			if (vacancy.employerId() != (Long) q[2]) {
				throw Rejected.field("vacancyId", "employment.rejected.notThisBooth");
			}
			application = this.applications.apply(Actor.SYSTEM, vacancyId, (Long) q[3], f.id());
			if (this.applications.find(application).status().open()
					&& this.applications.find(application).status() != EmploymentTerms.Status.OFFERED) {
				this.applications.advance(actor, application, Act.OFFER, f.title());
				this.jdbc.sql("update job_fair set intents = intents + 1 where id = ?").param(f.id()).update();
			}
		}
		if (q[4] == null) {
			this.jdbc.sql("update job_booth_queue set seen_at = ?, called_at = coalesce(called_at, ?) where id = ?")
				.params(Timestamp.from(this.clock.instant()), Timestamp.from(this.clock.instant()), queueId).update();
		}
		return application;
	}

	/**
	 * A seeker applies to a vacancy of an online fair while it runs: the application is the seeker's own, made at
	 * the fair (the fair's figures count the seekers who applied there).
	 */
	@Transactional
	public long applyOnline(Actor actor, long fairId, long vacancyId) {
		Fair f = find(fairId);
		if (f.kind() != FairKind.ONLINE || f.status() != FairStatus.PLANNED) {
			throw Rejected.because("employment.rejected.fairClosed");
		}
		Instant now = this.clock.instant();
		if (now.isBefore(f.startsAt()) || now.isAfter(f.endsAt())) {
			throw Rejected.because("employment.rejected.notOpenNow");
		}
		if (this.jdbc.sql("select count(*) from job_fair_vacancy where fair_id = ? and vacancy_id = ?")
			.params(fairId, vacancyId).query(Long.class).single() == 0) {
			throw new NotFound(Vacancies.TYPE, vacancyId);
		}
		Seeker s = actor.personId() == null ? null : this.seekers.ofPerson(actor.personId()).orElse(null);
		if (s == null) {
			throw Rejected.because("employment.rejected.registerFirst");
		}
		return this.applications.apply(actor, vacancyId, s.id(), fairId);
	}

	/** Closes a fair after it ended: held, its counts kept; the activities ledger hears of it. */
	@Transactional
	public void close(Actor actor, long fairId) {
		Fair f = staff(actor, fairId);
		planned(f);
		if (this.clock.instant().isBefore(f.endsAt())) {
			throw Rejected.because("employment.rejected.notEnded");
		}
		this.jdbc.sql("update job_fair set status = 'HELD' where id = ? and status = 'PLANNED'").param(fairId).update();
		int participants = f.kind() == FairKind.OFFLINE ? f.checkedIn()
				: this.jdbc.sql("select count(distinct seeker_id) from job_application where fair_id = ?")
					.param(fairId).query(Integer.class).single();
		this.events.changed(actor, TYPE, fairId, cn.siwei.platform.RecordChanged.Action.UPDATE, f.regionPath(),
				Map.of("status", "PLANNED"), Map.of("status", "HELD", "participants", participants), null);
		this.events.publish(new FairHeld(fairId, f.regionPath(), f.title(), f.kind().name(), f.place(), f.startsAt(),
				f.endsAt(), participants));
	}

	private void planned(Fair f) {
		if (f.status() != FairStatus.PLANNED) {
			throw Rejected.because("employment.rejected.fairClosed");
		}
	}

	/** Staff of the fair's place, or the booth's employer. */
	private void mayRunBooth(Actor actor, long fairId, long employerId) {
		Fair f = find(fairId);
		if (actor.can(EmploymentPermissions.HANDLE) && actor.scope().covers(f.regionPath())
				|| Vacancies.ownEmployer(actor, employerId)) {
			return;
		}
		if (actor.can(EmploymentPermissions.HANDLE) || actor.can(EmploymentPermissions.EMPLOYER)) {
			throw new NotFound(TYPE, fairId);
		}
		throw new AccessDenied(EmploymentPermissions.HANDLE);
	}

	/** A booth's fair and employer. */
	private Object[] booth(long boothId) {
		return this.jdbc.sql("select fair_id, employer_id from job_fair_booth where id = ?").param(boothId)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2) }).optional()
			.orElseThrow(() -> new NotFound("job_fair_booth", boothId));
	}

	/** A registration's code: eight characters that cannot be misread for each other. */
	static String code() {
		StringBuilder b = new StringBuilder(8);
		for (int i = 0; i < 8; i++) {
			b.append(CODE.charAt(RANDOM.nextInt(CODE.length())));
		}
		return b.toString();
	}

	/** The booths of a fair with their employers and queues. */
	public record Booth(long id, int number, long employerId, String employerName, long waiting, Long calledQueueId,
			String calledName, List<Vacancy> vacancies) {
	}

	/** A registration at a fair. */
	public record Registration(long id, long seekerId, String name, String token, Instant registeredAt,
			Instant checkedInAt) {
	}

}
