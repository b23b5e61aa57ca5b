package cn.siwei.employment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.employment.EmploymentEvents.VacancyOpened;
import cn.siwei.employment.EmploymentTerms.Hours;
import cn.siwei.employment.EmploymentTerms.VacancyStatus;
import cn.siwei.organisation.Organisation;
import cn.siwei.organisation.Organisations;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;

/**
 * Employers' vacancies: opened by staff for an employer of their region (canvassed door to door) or by the
 * employer's own account, at a node of the region tree; closed with the reason; filled when every place is taken.
 */
@Service
public class Vacancies {

	static final String TYPE = "job_vacancy";

	static final String SELECT = """
			select x.*, o.name as employer_name, g.name as region_name, c.name as occupation_name from job_vacancy x
			join organisation o on o.id = x.employer_id join region g on g.id = x.region_id
			join job_occupation c on c.code = x.occupation""";

	private final JdbcClient jdbc;

	private final Regions regions;

	private final Organisations organisations;

	private final Events events;

	private final Clock clock;

	Vacancies(JdbcClient jdbc, Regions regions, Organisations organisations, Events events, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	static Vacancy map(ResultSet rs, int n) throws SQLException {
		return new Vacancy(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("employer_name"),
				rs.getLong("region_id"), rs.getString("region_path"), rs.getString("region_name"),
				rs.getString("occupation"), rs.getString("occupation_name"), rs.getString("title"), rs.getInt("pay_min"),
				rs.getInt("pay_max"), Hours.valueOf(rs.getString("hours")), strings(rs.getArray("skills")),
				rs.getInt("places"), rs.getInt("filled"), rs.getString("description"),
				VacancyStatus.valueOf(rs.getString("status")), rs.getString("closed_reason"),
				rs.getTimestamp("created_at").toInstant());
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	/**
	 * A vacancy the actor may see: staff, of their region (where the work is); an employer, its own; a resident,
	 * an open one. Else 404.
	 */
	@Transactional(readOnly = true)
	public Vacancy get(Actor actor, long id) {
		Vacancy v = this.jdbc.sql(SELECT + " where x.id = ?").param(id).query(Vacancies::map).optional()
			.orElseThrow(() -> new NotFound(TYPE, id));
		if (actor.can(EmploymentPermissions.VIEW) && actor.scope().covers(v.regionPath())
				|| ownEmployer(actor, v.employerId())
				|| actor.can(EmploymentPermissions.OWN) && v.open()) {
			return v;
		}
		throw new NotFound(TYPE, id);
	}

	static boolean ownEmployer(Actor actor, long employerId) {
		return actor.can(EmploymentPermissions.EMPLOYER) && actor.organisationId() != null
				&& actor.organisationId() == employerId;
	}

	/** Opens a vacancy. */
	@Transactional
	public long open(Actor actor, VacancyForm form) {
		boolean employer = !actor.can(EmploymentPermissions.HANDLE);
		if (employer) {
			actor.require(EmploymentPermissions.EMPLOYER);
		}
		Violations v = new Violations();
		Long employerId = employer ? actor.organisationId() : form.employerId();
		Organisation org = null;
		if (employerId == null) {
			v.add("employerId", "validation.required");
		}
		else {
			org = this.organisations.findVisibleOrAbove(actor, employerId).orElse(null);
			if (org == null && !employer) {
				v.add("employerId", "employment.rejected.employer");
			}
		}
		Region region;
		if (employer) {
			// an employer's account opens its vacancies where it is, or at a node it names inside its region
			region = form.regionId() == null ? this.regions.find(org == null ? -1 : org.regionId()).orElse(null)
					: this.regions.get(actor, form.regionId());
			if (region == null) {
				v.add("regionId", "validation.required");
			}
		}
		else {
			region = this.regions.named(v, actor, "regionId", form.regionId());
		}
		String occupation = form.occupation() == null ? "" : form.occupation().strip();
		Integer group = occupation.isEmpty() ? null : this.jdbc.sql("select grp from job_occupation where code = ?")
			.param(occupation).query(Integer.class).optional().orElse(null);
		if (group == null) {
			v.add("occupation", "employment.rejected.occupation");
		}
		String title = v.required("title", form.title(), 200);
		if (form.payMin() == null || form.payMin() < 0 || form.payMin() > 1_000_000) {
			v.add("payMin", "employment.rejected.pay");
		}
		if (form.payMax() == null || form.payMin() != null && form.payMax() < form.payMin() || form.payMax() != null && form.payMax() > 1_000_000) {
			v.add("payMax", "employment.rejected.payMax");
		}
		if (form.hours() == null) {
			v.add("hours", "validation.required");
		}
		if (form.places() == null || form.places() < 1 || form.places() > 10_000) {
			v.add("places", "employment.rejected.places");
		}
		List<String> skills = skills(v, form.skills());
		String description = v.optional("description", form.description(), 4000);
		v.throwIfAny();
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into job_vacancy (employer_id, region_id, region_path, occupation, category_id, title, pay_min,
				  pay_max, hours, skills, places, description, status, created_by, created_at, updated_at)
				values (:employer, :region, :path, :occupation, :grp, :title, :min, :max, :hours, :skills, :places,
				  :description, 'OPEN', :by, :now, :now) returning id""")
			.param("employer", employerId).param("region", region.id()).param("path", region.path())
			.param("occupation", occupation).param("grp", group).param("title", title)
			.param("min", form.payMin()).param("max", form.payMax()).param("hours", form.hours().name())
			.param("skills", skills.toArray(String[]::new)).param("places", form.places())
			.param("description", description).param("by", actor.accountId()).param("now", Timestamp.from(now))
			.query(Long.class).single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("employerId", employerId);
		after.put("title", title);
		after.put("occupation", occupation);
		after.put("places", form.places());
		this.events.created(actor, TYPE, id, region.path(), after);
		this.events.publish(new VacancyOpened(id, region.path(), employerId));
		return id;
	}

	/** Skills as typed: split on commas and the like, trimmed, each up to 30 characters, at most 20. */
	static List<String> skills(Violations v, List<String> typed) {
		LinkedHashSet<String> out = new LinkedHashSet<>();
		if (typed != null) {
			for (String t : typed) {
				if (t == null) {
					continue;
				}
				for (String s : t.split("[,，、;；\\s]+")) {
					if (!s.isBlank()) {
						out.add(s.strip());
					}
				}
			}
		}
		if (out.size() > 20 || out.stream().anyMatch(s -> s.length() > 30)) {
			v.add("skills", "employment.rejected.skills");
		}
		return new ArrayList<>(out);
	}

	/** Closes a vacancy with the reason (withdrawn); its open applications stay as they are, to be answered. */
	@Transactional
	public void close(Actor actor, long id, String reason) {
		Vacancy vacancy = mayChange(actor, id);
		Violations v = new Violations();
		String why = v.required("reason", reason, 1000);
		v.throwIfAny();
		int n = this.jdbc.sql("""
				update job_vacancy set status = 'CLOSED', closed_reason = ?, updated_at = ? where id = ? and status = 'OPEN'""")
			.params(why, Timestamp.from(this.clock.instant()), id).update();
		if (n == 0) {
			throw Rejected.because("employment.rejected.vacancyNotOpen");
		}
		this.events.changed(actor, TYPE, id, RecordChanged.Action.UPDATE, vacancy.regionPath(),
				Map.of("status", vacancy.status().name()), Map.of("status", "CLOSED"), why);
	}

	/** A vacancy the actor may change: staff of its region, or its employer's own account. */
	Vacancy mayChange(Actor actor, long id) {
		Vacancy v = get(actor, id);
		if (actor.can(EmploymentPermissions.HANDLE) && actor.scope().covers(v.regionPath())
				|| ownEmployer(actor, v.employerId())) {
			return v;
		}
		throw new AccessDenied(EmploymentPermissions.HANDLE);
	}

	/** One place taken by a hire; the vacancy is filled when every place is. */
	void taken(long id) {
		this.jdbc.sql("""
				update job_vacancy set filled = filled + 1,
				  status = case when filled + 1 >= places and status = 'OPEN' then 'FILLED' else status end
				where id = ?""").param(id).update();
	}

	/** The occupation dictionary, by major group. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> occupations() {
		return this.jdbc.sql("select code, name, grp from job_occupation order by grp, code").query().listOfRows();
	}

}
