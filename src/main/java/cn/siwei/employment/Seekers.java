package cn.siwei.employment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.employment.EmploymentEvents.SeekerRegistered;
import cn.siwei.employment.EmploymentTerms.Care;
import cn.siwei.employment.EmploymentTerms.Consent;
import cn.siwei.employment.EmploymentTerms.Hours;
import cn.siwei.employment.EmploymentTerms.SeekerStatus;
import cn.siwei.people.People;
import cn.siwei.people.PersonView;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;

/**
 * Job seekers: residents registered by staff of their place (or by themselves on a phone), with their skills,
 * wishes, hours and availability; care tags of employment assistance are seen by staff alone. Nothing of a seeker
 * reaches an employer before their consent is recorded (who, when, how), and then only name, skills and wishes.
 */
@Service
public class Seekers {

	static final String TYPE = "job_seeker";

	static final String SELECT = """
			select x.*, p.name as person_name, g.name as region_name from job_seeker x join person p on p.id = x.person_id
			join region g on g.id = p.region_id""";

	private final JdbcClient jdbc;

	private final People people;

	private final Events events;

	private final Clock clock;

	Seekers(JdbcClient jdbc, People people, Events events, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	static Seeker map(ResultSet rs, int n) throws SQLException {
		Timestamp consentAt = rs.getTimestamp("consent_at");
		return new Seeker(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
				rs.getString("region_path"), rs.getString("region_name"), Vacancies.strings(rs.getArray("skills")),
				Vacancies.strings(rs.getArray("wishes")), Hours.valueOf(rs.getString("hours")),
				Vacancies.strings(rs.getArray("care")).stream().map(Care::valueOf).toList(),
				rs.getObject("available_from", LocalDate.class), Consent.valueOf(rs.getString("channel")),
				consentAt == null ? null : consentAt.toInstant(), SeekerStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("created_at").toInstant());
	}

	/** The seeker as this actor may see them: care tags for staff alone. */
	static Seeker forReader(Actor actor, Seeker s) {
		if (actor.can(EmploymentPermissions.VIEW) && actor.scope().covers(s.regionPath())) {
			return s;
		}
		return new Seeker(s.id(), s.personId(), s.name(), s.regionPath(), s.regionName(), s.skills(), s.wishes(),
				s.hours(), List.of(), s.availableFrom(), s.consent(), s.consentAt(), s.status(), s.createdAt());
	}

	/** Loads a seeker regardless of the reader, for the module's own checks. */
	Seeker find(long id) {
		return this.jdbc.sql(SELECT + " where x.id = ?").param(id).query(Seekers::map).optional()
			.orElseThrow(() -> new NotFound(TYPE, id));
	}

	/**
	 * A seeker the actor may see: staff of their place; the resident themselves; an employer, one who consented and
	 * applied to (or was invited to) one of its vacancies. Else 404.
	 */
	@Transactional(readOnly = true)
	public Seeker get(Actor actor, long id) {
		Seeker s = find(id);
		if (actor.can(EmploymentPermissions.VIEW) && actor.scope().covers(s.regionPath())
				|| actor.personId() != null && actor.personId() == s.personId()
				|| actor.can(EmploymentPermissions.EMPLOYER) && s.consented() && actor.organisationId() != null
						&& this.jdbc.sql("""
								select count(*) from job_application a join job_vacancy v on v.id = a.vacancy_id
								where a.seeker_id = ? and v.employer_id = ?""")
							.params(id, actor.organisationId()).query(Long.class).single() > 0) {
			return forReader(actor, s);
		}
		throw new NotFound(TYPE, id);
	}

	/** The seeker record of a person, when they registered. */
	@Transactional(readOnly = true)
	public java.util.Optional<Seeker> ofPerson(long personId) {
		return this.jdbc.sql(SELECT + " where x.person_id = ?").param(personId).query(Seekers::map).optional();
	}

	/**
	 * Registers a resident as a job seeker: staff for a resident of their region (with the consent as given), or the
	 * resident themselves (consent given online as they register).
	 */
	@Transactional
	public long register(Actor actor, SeekerForm form) {
		boolean self = form.personId() == null || actor.personId() != null && actor.personId().equals(form.personId());
		long personId;
		if (self) {
			actor.require(EmploymentPermissions.OWN);
			if (actor.personId() == null) {
				throw new AccessDenied(EmploymentPermissions.OWN);
			}
			personId = actor.personId();
		}
		else {
			actor.require(EmploymentPermissions.HANDLE);
			if (form.personId() < 0) {
				throw Rejected.field("personId", "validation.required");
			}
			if (!this.people.visible(actor, form.personId())) {
				throw new NotFound("person", form.personId());
			}
			personId = form.personId();
		}
		PersonView person = this.people.view(Actor.SYSTEM, personId);
		Violations v = new Violations();
		List<String> skills = Vacancies.skills(v, form.skills());
		List<String> wishes = wishes(v, form.wishes());
		if (form.hours() == null) {
			v.add("hours", "validation.required");
		}
		Consent consent = self ? Consent.ONLINE : form.consent() == null ? Consent.NONE : form.consent();
		List<Care> care = self || form.care() == null ? List.of() : form.care().stream().sorted().toList();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate from = form.availableFrom() == null ? today : form.availableFrom();
		if (from.isBefore(today.minusYears(1)) || from.isAfter(today.plusYears(1))) {
			v.add("availableFrom", "employment.rejected.availableFrom");
		}
		v.throwIfAny();
		if (ofPerson(personId).isPresent()) {
			throw Rejected.field("personId", "employment.rejected.seekerExists");
		}
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into job_seeker (person_id, region_path, skills, wishes, hours, care, category_id, available_from,
				  consent_at, consent_by, channel, status, created_by, created_at, updated_at)
				values (:person, :path, :skills, :wishes, :hours, :care, :category, :from, :consentAt, :consentBy,
				  :consent, 'ACTIVE', :by, :now, :now) returning id""")
			.param("person", personId).param("path", person.regionPath())
			.param("skills", skills.toArray(String[]::new)).param("wishes", wishes.toArray(String[]::new))
			.param("hours", form.hours().name())
			.param("care", care.stream().map(Enum::name).toArray(String[]::new))
			.param("category", care.isEmpty() ? Care.NONE : care.get(0).category())
			.param("from", from)
			.param("consentAt", consent == Consent.NONE ? null : Timestamp.from(now))
			.param("consentBy", consent == Consent.NONE ? null : actor.displayName())
			.param("consent", consent.name()).param("by", actor.accountId()).param("now", Timestamp.from(now))
			.query(Long.class).single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("personId", personId);
		after.put("consent", consent.name());
		after.put("care", care.size());
		this.events.created(actor, TYPE, id, person.regionPath(), after);
		this.events.publish(new SeekerRegistered(id, personId, person.regionPath()));
		return id;
	}

	/** Records a seeker's consent given on paper at the counter (staff) or online (the resident). */
	@Transactional
	public void consent(Actor actor, long id) {
		Seeker s = get(actor, id);
		boolean self = actor.personId() != null && actor.personId() == s.personId();
		if (!self) {
			mayChange(actor, s);
		}
		if (s.consented()) {
			throw Rejected.because("employment.rejected.consentedAlready");
		}
		Consent how = self ? Consent.ONLINE : Consent.PAPER;
		Instant now = this.clock.instant();
		this.jdbc.sql("update job_seeker set consent_at = ?, consent_by = ?, channel = ?, updated_at = ? where id = ?")
			.params(Timestamp.from(now), actor.displayName(), how.name(), Timestamp.from(now), id).update();
		this.events.changed(actor, TYPE, id, RecordChanged.Action.UPDATE, s.regionPath(), Map.of("consent", "NONE"),
				Map.of("consent", how.name()), null);
	}

	/** Staff of the seeker's place may change the record. */
	void mayChange(Actor actor, Seeker s) {
		actor.require(EmploymentPermissions.HANDLE);
		if (!actor.scope().covers(s.regionPath())) {
			throw new NotFound(TYPE, s.id());
		}
	}

	/** Marks a seeker placed (their first hire); a later hire leaves them placed. */
	void placed(long id) {
		this.jdbc.sql("update job_seeker set status = 'PLACED', updated_at = ? where id = ? and status = 'ACTIVE'")
			.params(Timestamp.from(this.clock.instant()), id).update();
	}

	private List<String> wishes(Violations v, List<String> typed) {
		List<String> out = new ArrayList<>();
		if (typed != null) {
			for (String w : typed) {
				if (w != null && !w.isBlank() && !out.contains(w.strip())) {
					out.add(w.strip());
				}
			}
		}
		if (out.size() > 10 || !out.isEmpty() && this.jdbc.sql("select count(*) from job_occupation where code = any(?)")
			.param(out.toArray(String[]::new)).query(Long.class).single() != out.size()) {
			v.add("wishes", "employment.rejected.occupation");
		}
		return out;
	}

}
