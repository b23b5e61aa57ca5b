package cn.siwei.employment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.employment.EmploymentFigure.Kind;
import cn.siwei.employment.Matching.Match;
import cn.siwei.employment.Matching.Side;
import cn.siwei.platform.Like;
import cn.siwei.platform.Page;
import cn.siwei.platform.Where;

/**
 * Employment as lists — fairs, vacancies, seekers, applications, placements: filtered, searched, paged, and opened
 * from a figure with exactly the records it counts — and the matches with their reasons, both ways.
 */
@Service
public class EmploymentQueries {

	private final JdbcClient jdbc;

	private final Vacancies vacancies;

	private final Seekers seekers;

	private final Fairs fairs;

	private final Clock clock;

	EmploymentQueries(JdbcClient jdbc, Vacancies vacancies, Seekers seekers, Fairs fairs, Clock clock) {
		this.jdbc = jdbc;
		this.vacancies = vacancies;
		this.seekers = seekers;
		this.fairs = fairs;
		this.clock = clock;
	}

	/**
	 * A line of a list.
	 *
	 * @param id the record
	 * @param title what it is
	 * @param detailKey more about it: its message
	 * @param detailArgs the message's arguments
	 * @param regionName where
	 * @param statusKey where it stands, as a message key
	 * @param channelKey how it came, as a message key
	 * @param at when (made; a fair: when it opens)
	 * @param link its page
	 */
	public record Row(long id, String title, String detailKey, List<String> detailArgs, String regionName,
			String statusKey, String channelKey, Instant at, String link) {

		/** The detail's arguments, for the page's message. */
		public Object[] args() {
			return this.detailArgs.toArray();
		}

	}

	/**
	 * What a list is narrowed to; empty fields do not narrow.
	 *
	 * @param regionPath under this node (inside the reader's region)
	 * @param figure what this figure counts (of the list's kind)
	 * @param category the category's number
	 * @param channel the channel's name
	 * @param status the status's name
	 * @param from made on or after this day
	 * @param to made on or before this day
	 * @param text words in the title or name
	 */
	public record Filter(String regionPath, EmploymentFigure figure, Long category, String channel, String status,
			LocalDate from, LocalDate to, String text) {

		public static final Filter NONE = new Filter(null, null, null, null, null, null, null, null);

	}

	private static String select(Kind kind) {
		return switch (kind) {
			case FAIR -> """
					select x.id, x.title, array[coalesce(x.place, '')], g.name, 'employment.fairStatus.' || x.status,
					  'employment.fairKind.' || x.channel, x.created_at, '/jobs/fairs/' || x.id
					from job_fair x join region g on g.id = x.region_id""";
			case VACANCY -> """
					select x.id, x.title, array[o.name, x.pay_min::text, x.pay_max::text, x.places::text],
					  g.name, 'employment.vacancyStatus.' || x.status, 'employment.hours.' || x.channel, x.created_at,
					  '/jobs/vacancies/' || x.id
					from job_vacancy x join organisation o on o.id = x.employer_id join region g on g.id = x.region_id""";
			case SEEKER -> """
					select x.id, p.name, array[array_to_string(x.skills, '、')], g.name, 'employment.seekerStatus.' || x.status,
					  'employment.consent.' || x.channel, x.created_at, '/jobs/seekers/' || x.id
					from job_seeker x join person p on p.id = x.person_id join region g on g.id = p.region_id""";
			case APPLICATION -> """
					select x.id, p.name || ' → ' || v.title, array[o.name], g.name, 'employment.status.' || x.status,
					  'employment.sender.' || x.channel, x.created_at, '/jobs/applications/' || x.id
					from job_application x join job_seeker s on s.id = x.seeker_id join person p on p.id = s.person_id
					join job_vacancy v on v.id = x.vacancy_id join organisation o on o.id = v.employer_id
					join region g on g.id = p.region_id""";
			case PLACEMENT -> """
					select x.id, p.name || ' · ' || v.title, array[o.name, x.hired_on::text], g.name,
					  'employment.check.' || coalesce(x.check90, x.check30, 'NONE'), 'employment.source.' || x.channel,
					  x.created_at, '/jobs/applications/' || x.application_id
					from job_placement x join job_seeker s on s.id = x.seeker_id join person p on p.id = s.person_id
					join job_vacancy v on v.id = x.vacancy_id join organisation o on o.id = x.employer_id
					join region g on g.id = p.region_id""";
			case TRAINING -> """
					select x.id, x.title, array[coalesce(o.name, ''), x.place, x.capacity::text], g.name,
					  'employment.trainingStatus.' || x.status, 'employment.trainingKind.' || x.channel, x.created_at,
					  '/jobs/trainings/' || x.id
					from job_training x join region g on g.id = x.region_id left join organisation o on o.id = x.employer_id""";
			case ENROLMENT -> """
					select x.id, p.name || ' · ' || t.title, array[coalesce(x.certificate, '—'), x.attended::text], g.name,
					  'employment.enrolmentStatus.' || x.status, 'employment.trainingKind.' || x.channel, x.created_at,
					  '/jobs/trainings/' || x.training_id
					from job_training_enrolment x join job_training t on t.id = x.training_id
					join job_seeker s on s.id = x.seeker_id join person p on p.id = s.person_id
					join region g on g.id = p.region_id""";
		};
	}

	private static String search(Kind kind) {
		return switch (kind) {
			case FAIR, VACANCY -> "x.title like :text";
			case SEEKER -> "p.name like :text";
			case APPLICATION, PLACEMENT -> "p.name like :text or v.title like :text";
			case TRAINING -> "x.title like :text";
			case ENROLMENT -> "p.name like :text or t.title like :text";
		};
	}

	/** A list of the reader's region, newest first. */
	@Transactional(readOnly = true)
	public Page<Row> list(Actor actor, Kind kind, Filter f, int page, int size) {
		actor.require(EmploymentPermissions.VIEW);
		boolean due = kind == Kind.PLACEMENT && "DUE".equals(f.status());
		Where w = Where.under(actor, "x", f.regionPath())
			.equal("category_id", f.category())
			.equal("channel", f.channel())
			.equal("status", kind == Kind.PLACEMENT ? null : f.status())
			.condition("x.check30 is null and x.hired_on <= cast(:due as date)"
					+ " or x.check90 is null and x.hired_on <= cast(:due as date) - 60", "due",
					due ? LocalDate.now(this.clock).minusDays(30) : null)
			.condition(f.figure() == null || f.figure().kind() != kind ? null : f.figure().condition())
			.days(f.from(), f.to(), this.clock.getZone())
			.condition(search(kind), "text",
					f.text() == null || f.text().isBlank() ? null : "%" + Like.escape(f.text().strip()) + "%");
		String from = select(kind).substring(select(kind).indexOf("\nfrom ") + 1);
		long total = this.jdbc.sql("select count(*) " + from + w.sql()).params(w.params()).query(Long.class).single();
		List<Row> items = this.jdbc.sql(select(kind) + w.sql() + " order by x.created_at desc, x.id desc offset :offset limit :limit")
			.params(w.params())
			.param("offset", Page.offset(page, size))
			.param("limit", size)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), "employment.detail." + kind.name(),
					List.of((String[]) rs.getArray(3).getArray()), rs.getString(4), rs.getString(5), rs.getString(6),
					rs.getTimestamp(7).toInstant(), rs.getString(8)))
			.list();
		return new Page<>(items, page, size, total);
	}

	/**
	 * The employers a fair's booth may be given, or a vacancy opened for: firms of the reader's region and of the
	 * nodes above it (a district's firms come to a community's fair).
	 */
	@Transactional(readOnly = true)
	public List<Row> employers(Actor actor) {
		actor.require(EmploymentPermissions.HANDLE);
		return this.jdbc.sql("""
				select o.id, o.name, o.kind, g.name from organisation o join region g on g.id = o.region_id
				where (in_subtree(o.region_path, ?) or in_subtree(?, o.region_path)) and o.active
				  and o.kind in ('ENTERPRISE', 'PROPERTY_COMPANY', 'AREA_UNIT', 'LIAISON_UNIT')
				order by o.name limit 500""")
			.params(actor.scope().regionPath(), actor.scope().regionPath())
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), "employment.detail.EMPLOYER",
					List.of(rs.getString(3)), rs.getString(4), null, null, null, null))
			.list();
	}

	/**
	 * The seekers who match a vacancy, with reasons, best first: those who consented, active, living in the vacancy's
	 * district (staff: of their own region too).
	 */
	@Transactional(readOnly = true)
	public List<Match> candidates(Actor actor, long vacancyId, int limit) {
		Vacancy v = this.vacancies.mayChange(actor, vacancyId);
		String district = ancestor(v.regionPath(), 2);
		Set<Long> refused = new HashSet<>(this.jdbc.sql("""
				select a.seeker_id from job_application a join job_vacancy x on x.id = a.vacancy_id
				where x.employer_id = ? and a.status = 'REFUSED'""").param(v.employerId()).query(Long.class).list());
		Set<Long> applied = new HashSet<>(this.jdbc.sql("select seeker_id from job_application where vacancy_id = ?")
			.param(vacancyId).query(Long.class).list());
		Side side = new Side(v.regionPath(), new LinkedHashSet<>(v.skills()), Set.of(v.occupation()), v.hours());
		List<Match> out = new ArrayList<>();
		for (Seeker s : this.jdbc.sql(Seekers.SELECT
				+ " where x.status = 'ACTIVE' and x.consent_at is not null and in_subtree(x.region_path, ?)"
				+ " order by x.id limit 2000").param(district).query(Seekers::map).list()) {
			if (applied.contains(s.id())) {
				continue;
			}
			Match m = Matching.score(s.id(), s.name(), new Side(s.regionPath(), new LinkedHashSet<>(s.skills()),
					new LinkedHashSet<>(s.wishes()), s.hours()), side, refused.contains(s.id()));
			if (m.score() > 0) {
				out.add(m);
			}
		}
		out.sort(Matching.ORDER);
		return out.size() > limit ? out.subList(0, limit) : out;
	}

	/** The open vacancies that match a seeker, with reasons, best first: those in the seeker's district. */
	@Transactional(readOnly = true)
	public List<Match> vacanciesFor(Actor actor, long seekerId, int limit) {
		Seeker s = this.seekers.get(actor, seekerId);
		if (!actor.can(EmploymentPermissions.VIEW) && (actor.personId() == null || actor.personId() != s.personId())) {
			throw new AccessDenied(EmploymentPermissions.VIEW);
		}
		String district = ancestor(s.regionPath(), 2);
		Set<Long> refusedBy = new HashSet<>(this.jdbc.sql("""
				select x.employer_id from job_application a join job_vacancy x on x.id = a.vacancy_id
				where a.seeker_id = ? and a.status = 'REFUSED'""").param(seekerId).query(Long.class).list());
		Set<Long> applied = new HashSet<>(this.jdbc.sql("select vacancy_id from job_application where seeker_id = ?")
			.param(seekerId).query(Long.class).list());
		Side side = new Side(s.regionPath(), new LinkedHashSet<>(s.skills()), new LinkedHashSet<>(s.wishes()), s.hours());
		List<Match> out = new ArrayList<>();
		for (Vacancy v : this.jdbc.sql(Vacancies.SELECT
				+ " where x.status = 'OPEN' and in_subtree(x.region_path, ?) order by x.id desc limit 2000")
			.param(district).query(Vacancies::map).list()) {
			if (applied.contains(v.id())) {
				continue;
			}
			Match m = Matching.score(v.id(), v.title() + " · " + v.employerName(), side, new Side(v.regionPath(),
					new LinkedHashSet<>(v.skills()), Set.of(v.occupation()), v.hours()), refusedBy.contains(v.employerId()));
			if (m.score() > 0) {
				out.add(m);
			}
		}
		out.sort(Matching.ORDER);
		return out.size() > limit ? out.subList(0, limit) : out;
	}

	/** The node at a depth above a path ({@code /1/5/12/40/} at 2: {@code /1/5/}); the path itself when shallower. */
	static String ancestor(String path, int depth) {
		String[] parts = path.split("/");
		if (parts.length - 1 <= depth) {
			return path;
		}
		StringBuilder b = new StringBuilder("/");
		for (int i = 1; i <= depth; i++) {
			b.append(parts[i]).append('/');
		}
		return b.toString();
	}

	/** The applications to a vacancy (its employer and staff), or of a seeker, newest first. */
	@Transactional(readOnly = true)
	public List<Application> applicationsTo(Actor actor, long vacancyId) {
		this.vacancies.mayChange(actor, vacancyId);
		return this.jdbc.sql(Applications.SELECT + " where x.vacancy_id = ? order by x.created_at desc, x.id desc limit 500")
			.param(vacancyId).query(Applications::map).list();
	}

	@Transactional(readOnly = true)
	public List<Application> applicationsOf(Actor actor, long seekerId) {
		this.seekers.get(actor, seekerId);
		return this.jdbc.sql(Applications.SELECT + " where x.seeker_id = ?"
				+ (actor.can(EmploymentPermissions.EMPLOYER) && !actor.can(EmploymentPermissions.VIEW)
						? " and v.employer_id = " + (actor.organisationId() == null ? -1 : actor.organisationId()) : "")
				+ " order by x.created_at desc, x.id desc limit 500")
			.param(seekerId).query(Applications::map).list();
	}

	/** The placement of an application, if it was hired. */
	@Transactional(readOnly = true)
	public java.util.Optional<Placement> placementOf(long applicationId) {
		return this.jdbc.sql(Placements.SELECT + " where x.application_id = ?").param(applicationId)
			.query(Placements::map).optional();
	}

	/** A fair's booths, each with its employer's vacancies offered there and its queue. */
	@Transactional(readOnly = true)
	public List<Fairs.Booth> booths(Actor actor, long fairId) {
		this.fairs.get(actor, fairId);
		List<Vacancy> offered = this.jdbc.sql(Vacancies.SELECT
				+ " join job_fair_vacancy fv on fv.vacancy_id = x.id where fv.fair_id = ? order by x.id").param(fairId)
			.query(Vacancies::map).list();
		return this.jdbc.sql("""
				select b.id, b.number, b.employer_id, o.name,
				  (select count(*) from job_booth_queue q where q.booth_id = b.id and q.called_at is null),
				  c.id, c.name
				from job_fair_booth b join organisation o on o.id = b.employer_id
				left join lateral (select q.id, p.name from job_booth_queue q
				  join job_fair_registration r on r.id = q.registration_id join job_seeker s on s.id = r.seeker_id
				  join person p on p.id = s.person_id
				  where q.booth_id = b.id and q.called_at is not null and q.seen_at is null order by q.called_at limit 1) c on true
				where b.fair_id = ? order by b.number""")
			.param(fairId)
			.query((rs, n) -> {
				long employer = rs.getLong(3);
				return new Fairs.Booth(rs.getLong(1), rs.getInt(2), employer, rs.getString(4), rs.getLong(5),
						rs.getObject(6, Long.class), rs.getString(7),
						offered.stream().filter(v -> v.employerId() == employer).toList());
			})
			.list();
	}

	/** A fair's registrations (staff of its place). */
	@Transactional(readOnly = true)
	public List<Fairs.Registration> registrations(Actor actor, long fairId) {
		Fair f = this.fairs.get(actor, fairId);
		if (!actor.can(EmploymentPermissions.VIEW) || !actor.scope().covers(f.regionPath())) {
			return List.of();
		}
		return this.jdbc.sql("""
				select r.id, r.seeker_id, p.name, r.token, r.registered_at, r.checked_in_at from job_fair_registration r
				join job_seeker s on s.id = r.seeker_id join person p on p.id = s.person_id
				where r.fair_id = ? order by r.checked_in_at nulls last, r.registered_at, r.id""")
			.param(fairId)
			.query((rs, n) -> {
				Timestamp in = rs.getTimestamp(6);
				return new Fairs.Registration(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5).toInstant(), in == null ? null : in.toInstant());
			})
			.list();
	}

	/**
	 * A seeker's side of the fairs: the community fairs of their district still to come, the online fairs running now
	 * with their open vacancies, and their registrations' codes.
	 *
	 * @param coming community fairs to come
	 * @param online online fairs running now
	 * @param onlineVacancies each online fair's open vacancies
	 * @param codes the codes of the fairs they registered for, by fair
	 */
	public record SeekerFairs(List<Fair> coming, List<Fair> online, java.util.Map<Long, List<Vacancy>> onlineVacancies,
			java.util.Map<Long, String> codes) {
	}

	/** The fairs a seeker (the actor themselves) may go to or apply at now. */
	@Transactional(readOnly = true)
	public SeekerFairs fairsOf(Seeker s) {
		String district = ancestor(s.regionPath(), 2);
		List<Fair> coming = this.jdbc.sql(Fairs.SELECT
				+ " where x.status = 'PLANNED' and x.kind = 'OFFLINE' and in_subtree(x.region_path, ?)"
				+ " order by x.starts_at limit 10").param(district).query(Fairs::map).list();
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Fair> online = this.jdbc.sql(Fairs.SELECT
				+ " where x.status = 'PLANNED' and x.kind = 'ONLINE' and in_subtree(x.region_path, ?)"
				+ " and x.starts_at <= ? and x.ends_at >= ? order by x.ends_at limit 5")
			.params(district, now, now).query(Fairs::map).list();
		java.util.Map<Long, List<Vacancy>> vacancies = new java.util.LinkedHashMap<>();
		for (Fair f : online) {
			vacancies.put(f.id(), this.jdbc.sql(Vacancies.SELECT + " join job_fair_vacancy fv on fv.vacancy_id = x.id"
					+ " where fv.fair_id = ? and x.status = 'OPEN' order by x.id").param(f.id()).query(Vacancies::map).list());
		}
		java.util.Map<Long, String> codes = new java.util.LinkedHashMap<>();
		this.jdbc.sql("select fair_id, token from job_fair_registration where seeker_id = ?").param(s.id())
			.query((rs, n) -> codes.put(rs.getLong(1), rs.getString(2))).list();
		return new SeekerFairs(coming, online, vacancies, codes);
	}

	/** An employer's own vacancies, newest first. */
	@Transactional(readOnly = true)
	public List<Vacancy> vacanciesOfEmployer(long employerId) {
		return this.jdbc.sql(Vacancies.SELECT + " where x.employer_id = ? order by x.created_at desc limit 200")
			.param(employerId).query(Vacancies::map).list();
	}

	/** The fairs where an employer has a booth, latest first. */
	@Transactional(readOnly = true)
	public List<Fair> fairsOfEmployer(long employerId) {
		return this.jdbc.sql(Fairs.SELECT
				+ " where x.id in (select fair_id from job_fair_booth where employer_id = ?) order by x.starts_at desc limit 50")
			.param(employerId).query(Fairs::map).list();
	}

	/** The placements of the reader's region whose 30- or 90-day check is due and not taken. */
	@Transactional(readOnly = true)
	public long checksDue(Actor actor) {
		LocalDate today = LocalDate.now(this.clock);
		return this.jdbc.sql("""
				select count(*) from (select 1 from job_placement x where in_subtree(x.region_path, ?)
				  and (x.check30 is null and x.hired_on <= ? or x.check90 is null and x.hired_on <= ?) limit 1000) c""")
			.params(actor.scope().regionPath(), today.minusDays(30), today.minusDays(90)).query(Long.class).single();
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	Clock clock() {
		return this.clock;
	}

}
