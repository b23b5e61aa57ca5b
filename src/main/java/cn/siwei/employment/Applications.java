package cn.siwei.employment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.employment.ApplicationLoop.Act;
import cn.siwei.employment.ApplicationLoop.Party;
import cn.siwei.employment.EmploymentEvents.ApplicationMade;
import cn.siwei.employment.EmploymentEvents.SeekerHired;
import cn.siwei.employment.EmploymentTerms.Refusal;
import cn.siwei.employment.EmploymentTerms.Sender;
import cn.siwei.employment.EmploymentTerms.Status;
import cn.siwei.platform.ActUpdate;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Timeline;
import cn.siwei.platform.Violations;
import cn.siwei.platform.SweepLock;

/**
 * The acts on applications: each finds the parties the actor stands as (staff of the seeker's place or the
 * vacancy's, the employer's own account, the seeker), asks the loop, applies a conditional update (nothing changes
 * when the application stood elsewhere), writes the timeline and the audit trail, and publishes its event. A hire
 * confirms a placement, to be re-checked at 30 and 90 days; the sweep closes what was left untouched for two months,
 * with notice on the timeline.
 */
@Service
public class Applications {

	static final String TYPE = "job_application";

	/** An application untouched this long is closed with notice (les-emplois #5728). */
	static final Period STALE = Period.ofMonths(2);

	static final String SELECT = """
			select x.*, v.title as vacancy_title, v.employer_id, o.name as employer_name, p.name as seeker_name
			from job_application x join job_vacancy v on v.id = x.vacancy_id join organisation o on o.id = v.employer_id
			join job_seeker s on s.id = x.seeker_id join person p on p.id = s.person_id""";

	private final JdbcClient jdbc;

	private final Vacancies vacancies;

	private final Seekers seekers;

	private final Trainings trainings;

	private final Timeline timeline;

	private final Events events;

	private final Clock clock;

	Applications(JdbcClient jdbc, Vacancies vacancies, Seekers seekers, Trainings trainings, Events events, Clock clock) {
		this.trainings = trainings;
		this.jdbc = jdbc;
		this.vacancies = vacancies;
		this.seekers = seekers;
		this.timeline = new Timeline(jdbc, "job_application_event");
		this.events = events;
		this.clock = clock;
	}

	static Application map(ResultSet rs, int n) throws SQLException {
		String refusal = rs.getString("refusal");
		return new Application(rs.getLong("id"), rs.getLong("vacancy_id"), rs.getString("vacancy_title"),
				rs.getLong("employer_id"), rs.getString("employer_name"), rs.getLong("seeker_id"),
				rs.getString("seeker_name"), rs.getString("region_path"), Sender.valueOf(rs.getString("channel")),
				rs.getObject("fair_id", Long.class), Status.valueOf(rs.getString("status")),
				refusal == null ? null : Refusal.valueOf(refusal), rs.getString("refusal_note"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	/** The parties the actor stands as to an application of this seeker to this vacancy. */
	static Set<Party> parties(Actor actor, Seeker seeker, Vacancy vacancy) {
		Set<Party> parties = EnumSet.noneOf(Party.class);
		if (actor.can(EmploymentPermissions.HANDLE)
				&& (actor.scope().covers(seeker.regionPath()) || actor.scope().covers(vacancy.regionPath()))) {
			parties.add(Party.STAFF);
		}
		if (Vacancies.ownEmployer(actor, vacancy.employerId())) {
			parties.add(Party.EMPLOYER);
		}
		if (actor.personId() != null && actor.personId() == seeker.personId()) {
			parties.add(Party.SEEKER);
		}
		return parties;
	}

	/** An application the actor stands to as a party, or 404. */
	@Transactional(readOnly = true)
	public Application get(Actor actor, long id) {
		Application a = find(id);
		if (parties(actor, a).isEmpty()
				&& !(actor.can(EmploymentPermissions.VIEW) && actor.scope().covers(a.regionPath()))) {
			throw new NotFound(TYPE, id);
		}
		return a;
	}

	Application find(long id) {
		return this.jdbc.sql(SELECT + " where x.id = ?").param(id).query(Applications::map).optional()
			.orElseThrow(() -> new NotFound(TYPE, id));
	}

	Set<Party> parties(Actor actor, Application a) {
		return parties(actor, this.seekers.find(a.seekerId()), this.vacancies.get(Actor.SYSTEM, a.vacancyId()));
	}

	/** The acts the actor may do on it now. */
	@Transactional(readOnly = true)
	public Set<Act> allowed(Actor actor, long id) {
		Application a = get(actor, id);
		return ApplicationLoop.allowed(a.status(), parties(actor, a));
	}

	/**
	 * Makes an application: the seeker applies, staff refer, the employer invites (a seeker who consented), or a
	 * booth records an intent (through {@link Fairs}). One per seeker and vacancy: sent again, the same one.
	 */
	@Transactional
	public long apply(Actor actor, long vacancyId, long seekerId, Long fairId) {
		Vacancy vacancy = this.vacancies.get(actor, vacancyId);
		Seeker seeker = this.seekers.find(seekerId);
		Set<Party> parties = parties(actor, seeker, vacancy);
		Sender sender;
		if (fairId != null && !parties.contains(Party.SEEKER)) {
			sender = Sender.FAIR;
		}
		else if (parties.contains(Party.SEEKER)) {
			sender = Sender.SEEKER;
		}
		else if (parties.contains(Party.STAFF)) {
			sender = Sender.STAFF;
		}
		else if (parties.contains(Party.EMPLOYER)) {
			sender = Sender.EMPLOYER;
		}
		else {
			throw new NotFound(Seekers.TYPE, seekerId);
		}
		if (sender == Sender.EMPLOYER && !seeker.consented()) {
			throw new NotFound(Seekers.TYPE, seekerId);
		}
		Long earlier = this.jdbc.sql("select id from job_application where vacancy_id = ? and seeker_id = ?")
			.params(vacancyId, seekerId).query(Long.class).optional().orElse(null);
		if (earlier != null) {
			return earlier;
		}
		if (!vacancy.open()) {
			throw Rejected.because("employment.rejected.vacancyNotOpen");
		}
		if (sender != Sender.SEEKER && !seeker.consented()) {
			throw Rejected.because("employment.rejected.noConsent");
		}
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into job_application (vacancy_id, seeker_id, region_path, category_id, channel, fair_id, status,
				  created_by, created_at, updated_at)
				select v.id, s.id, s.region_path, v.category_id, ?, ?, 'APPLIED', ?, ?, ?
				from job_vacancy v, job_seeker s where v.id = ? and s.id = ? returning id""")
			.params(sender.name(), fairId, actor.accountId(), Timestamp.from(now), Timestamp.from(now), vacancyId,
					seekerId)
			.query(Long.class).single();
		write(actor, id, "APPLIED", sender.name(), now);
		this.events.created(actor, TYPE, id, seeker.regionPath(),
				Map.of("vacancyId", vacancyId, "seekerId", seekerId, "sender", sender.name()));
		this.events.publish(new ApplicationMade(id, seekerId, vacancyId, sender.name()));
		return id;
	}

	/** 已查看, 面试, 录用意向: a step forward with an optional note. */
	@Transactional
	public void advance(Actor actor, long id, Act act, String note) {
		get(actor, id);
		if (act != Act.VIEW && act != Act.INTERVIEW && act != Act.OFFER) {
			throw Rejected.because("employment.rejected.wrongState");
		}
		Application a = check(actor, id, act);
		Violations v = new Violations();
		String text = v.optional("note", note, 1000);
		v.throwIfAny();
		Instant now = this.clock.instant();
		move(id, act, "", Map.of(), now);
		write(actor, id, act.name(), text, now);
		audit(actor, a, act.to(), text);
	}

	/** 不录用 / 放弃: refused with a coded reason the seeker sees (a seeker may only decline). */
	@Transactional
	public void refuse(Actor actor, long id, Refusal reason, String note) {
		Application a = check(actor, id, Act.REFUSE);
		Violations v = new Violations();
		ApplicationLoop.reasonRefusal(reason, parties(actor, a)).ifPresent(key -> v.add("reason", key));
		String text = reason == Refusal.OTHER ? v.required("note", note, 1000) : v.optional("note", note, 1000);
		v.throwIfAny();
		Instant now = this.clock.instant();
		move(id, Act.REFUSE, "refusal = :reason, refusal_note = :note", mapOf("reason", reason.name(), "note", text), now);
		write(actor, id, "REFUSED", reason.name() + (text == null ? "" : "：" + text), now);
		audit(actor, a, Status.REFUSED, text);
	}

	/** 重新打开: a refusal or a closing undone, with the reason. */
	@Transactional
	public void reopen(Actor actor, long id, String reason) {
		Application a = check(actor, id, Act.REOPEN);
		Violations v = new Violations();
		String why = v.required("reason", reason, 1000);
		v.throwIfAny();
		if (!this.vacancies.get(Actor.SYSTEM, a.vacancyId()).open()) {
			throw Rejected.because("employment.rejected.vacancyNotOpen");
		}
		Instant now = this.clock.instant();
		move(id, Act.REOPEN, "refusal = null, refusal_note = null", Map.of(), now);
		write(actor, id, "REOPENED", why, now);
		audit(actor, a, Status.APPLIED, why);
	}

	/**
	 * 入职: hired on a day (today when empty, not in the future): the placement is confirmed, one place of the vacancy
	 * taken, the seeker placed.
	 *
	 * @return the placement
	 */
	@Transactional
	public long hire(Actor actor, long id, LocalDate hiredOn) {
		Application a = check(actor, id, Act.HIRE);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = hiredOn == null ? today : hiredOn;
		if (day.isAfter(today) || day.isBefore(today.minusDays(90))) {
			throw Rejected.field("hiredOn", "employment.rejected.hiredOn");
		}
		Instant now = this.clock.instant();
		move(id, Act.HIRE, "", Map.of(), now);
		long placement = this.jdbc.sql("""
				insert into job_placement (application_id, seeker_id, vacancy_id, employer_id, region_path, category_id,
				  channel, hired_on, created_at, after_training)
				select a.id, a.seeker_id, a.vacancy_id, v.employer_id, a.region_path, a.category_id,
				  case when a.channel = 'FAIR' then 'FAIR' else 'APPLICATION' end, ?, ?, ?
				from job_application a join job_vacancy v on v.id = a.vacancy_id where a.id = ? returning id""")
			.params(day, Timestamp.from(now), this.trainings.trainedBefore(a.seekerId(), day), id)
			.query(Long.class).single();
		this.vacancies.taken(a.vacancyId());
		this.seekers.placed(a.seekerId());
		write(actor, id, "HIRED", day.toString(), now);
		audit(actor, a, Status.HIRED, day.toString());
		Seeker s = this.seekers.find(a.seekerId());
		this.events.publish(new SeekerHired(placement, a.seekerId(), s.personId(), a.employerId(), a.regionPath(), day));
		return placement;
	}

	/** Closes, with notice on their timelines, the applications left untouched for two months. @return how many */
	@Scheduled(fixedDelayString = "${siwei.employment.sweep-every:1h}", initialDelayString = "${siwei.employment.sweep-every:1h}")
	@Transactional
	public int closeStale() {
		if (!SweepLock.claim(this.jdbc, "employment.applications")) {
			return 0;
		}
		Instant now = this.clock.instant();
		Instant before = LocalDate.now(this.clock).minus(STALE).atStartOfDay(this.clock.getZone()).toInstant();
		List<Long> ids = this.jdbc.sql("""
				update job_application set status = 'CLOSED', updated_at = ?
				where status in ('APPLIED', 'VIEWED', 'INTERVIEW', 'OFFERED') and updated_at < ? returning id""")
			.params(Timestamp.from(now), Timestamp.from(before)).query(Long.class).list();
		if (!ids.isEmpty()) {
			this.timeline.writeBySystem(ids, null, now, EmploymentTerms.Status.CLOSED);
		}
		return ids.size();
	}

	/** Its timeline. */
	@Transactional(readOnly = true)
	public List<Timeline.Entry> timeline(Actor actor, long id) {
		get(actor, id);
		return this.timeline.read(id, false);
	}

	private Application check(Actor actor, long id, Act act) {
		Application a = get(actor, id);
		Set<Party> parties = parties(actor, a);
		ApplicationLoop.refusal(act, a.status(), parties).ifPresent(key -> {
			throw "error.forbidden".equals(key) ? new AccessDenied(EmploymentPermissions.HANDLE) : Rejected.because(key);
		});
		return a;
	}

	private void move(long id, Act act, String set, Map<String, ?> params, Instant now) {
		ActUpdate.move(this.jdbc, "job_application", id, act.from(), act.to(), set, params, now,
				"employment.rejected.wrongState");
	}

	private void write(Actor actor, long id, String kind, String note, Instant now) {
		this.timeline.write(new Timeline.Line(id, null, kind, note, true, false), now, actor.accountId(),
				actor.displayName());
	}

	private void audit(Actor actor, Application a, Status to, String reason) {
		this.events.changed(actor, TYPE, a.id(), RecordChanged.Action.UPDATE, a.regionPath(),
				Map.of("status", a.status().name()), Map.of("status", to.name()), reason);
	}

	private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
		Map<String, Object> m = new java.util.HashMap<>();
		m.put(k1, v1);
		m.put(k2, v2);
		return m;
	}

}
