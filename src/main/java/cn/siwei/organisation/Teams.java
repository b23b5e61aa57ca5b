package cn.siwei.organisation;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.people.People;
import cn.siwei.people.PersonView;
import cn.siwei.platform.Events;
import cn.siwei.platform.Like;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Page;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.region.Region;
import cn.siwei.region.RegionSubtreeMoved;
import cn.siwei.region.Regions;

/**
 * Teams of party members and volunteers, their skills, service areas and members.
 */
@Service
public class Teams {

	static final String TYPE = "team";

	private static final String COLUMNS = """
			t.id, t.region_id, t.region_path, r.name as region_name, t.organisation_id, t.kind, t.name, t.skills,
			t.active,
			array(select sr.name from team_service_region s join region sr on sr.id = s.region_id
			      where s.team_id = t.id order by sr.name) as service_areas,
			(select count(*) from team_member m where m.team_id = t.id and m.active) as members""";

	private final JdbcClient jdbc;

	private final Regions regions;

	private final People people;

	private final Organisations organisations;

	private final Events events;

	private final Clock clock;

	Teams(JdbcClient jdbc, Regions regions, People people, Organisations organisations, Events events, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.people = people;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<Team> list(Actor actor, String text, String skill, boolean includeInactive, int page, int size) {
		actor.require(Permission.ORGANISATION_VIEW);
		String where = " " + """
				 where in_subtree(t.region_path, :scope) and (:all or t.active)
				   and (:text = '' or t.name ilike '%' || :text || '%')
				   and (:skill = '' or t.skills @> array[:skill]::text[])""";
		Map<String, Object> params = new HashMap<>();
		params.put("scope", actor.scope().regionPath());
		params.put("all", includeInactive);
		params.put("text", Like.escape(text == null ? "" : text.trim()));
		params.put("skill", skill == null ? "" : skill.trim());
		long total = this.jdbc.sql("select count(*) from team t" + where).params(params).query(Long.class).single();
		List<Team> rows = this.jdbc.sql("select " + COLUMNS + " from team t join region r on r.id = t.region_id" + where
				+ " order by t.region_path, t.name offset :offset limit :limit")
			.params(params)
			.param("offset", Page.offset(page, size))
			.param("limit", size)
			.query(Teams::map)
			.list();
		return new Page<>(rows, page, size, total);
	}

	@Transactional(readOnly = true)
	public Team get(Actor actor, long id) {
		actor.require(Permission.ORGANISATION_VIEW);
		return this.jdbc.sql("select " + COLUMNS + " from team t join region r on r.id = t.region_id"
				+ " where t.id = ? and in_subtree(t.region_path, ?)")
			.params(id, actor.scope().regionPath())
			.query(Teams::map)
			.optional()
			.orElseThrow(() -> new NotFound(TYPE, id));
	}

	@Transactional(readOnly = true)
	public TeamForm form(Actor actor, long id) {
		Team t = get(actor, id);
		TeamForm f = new TeamForm();
		f.setRegionId(t.regionId());
		f.setOrganisationId(t.organisationId());
		f.setKind(t.kind());
		f.setName(t.name());
		f.setSkills(String.join("，", t.skills()));
		f.setServiceRegionIds(this.jdbc.sql("select region_id from team_service_region where team_id = ?")
			.param(id)
			.query(Long.class)
			.list());
		return f;
	}

	@Transactional
	public long create(Actor actor, TeamForm form) {
		actor.require(Permission.ORGANISATION_MANAGE);
		Region region = check(actor, form);
		Timestamp now = Timestamp.from(this.clock.instant());
		long id = this.jdbc.sql("""
				insert into team (region_id, region_path, organisation_id, kind, name, skills, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?::text[], ?, ?) returning id""")
			.params(region.id(), region.path(), form.getOrganisationId(), form.getKind().name(), form.getName().trim(),
					form.skillSet().toArray(String[]::new), now, now)
			.query(Long.class)
			.single();
		saveServiceAreas(id, form);
		this.events.created(actor, TYPE, id, region.path(), describe(get(actor, id)));
		return id;
	}

	@Transactional
	public void update(Actor actor, long id, TeamForm form) {
		actor.require(Permission.ORGANISATION_MANAGE);
		Team before = get(actor, id);
		Region region = check(actor, form);
		this.jdbc.sql("""
				update team set region_id = ?, region_path = ?, organisation_id = ?, kind = ?, name = ?,
				       skills = ?::text[], updated_at = ? where id = ?""")
			.params(region.id(), region.path(), form.getOrganisationId(), form.getKind().name(), form.getName().trim(),
					form.skillSet().toArray(String[]::new), Timestamp.from(this.clock.instant()), id)
			.update();
		saveServiceAreas(id, form);
		this.events.changed(actor, TYPE, id, region.path(), describe(before), describe(get(actor, id)));
	}

	@Transactional
	public void setActive(Actor actor, long id, boolean active, String reason) {
		actor.require(Permission.ORGANISATION_MANAGE);
		Team t = get(actor, id);
		this.jdbc.sql("update team set active = ?, updated_at = ? where id = ?")
			.params(active, Timestamp.from(this.clock.instant()), id)
			.update();
		this.events.changed(actor, TYPE, id, active ? RecordChanged.Action.REACTIVATE : RecordChanged.Action.DEACTIVATE,
				t.regionPath(), Map.of("active", t.active()), Map.of("active", active), reason);
	}

	/**
	 * A member of a team.
	 *
	 * @param personId the person
	 * @param name their name
	 * @param joinedOn since when
	 */
	public record Member(long personId, String name, LocalDate joinedOn) {
	}

	@Transactional(readOnly = true)
	public List<Member> members(Actor actor, long teamId) {
		get(actor, teamId);
		return this.jdbc.sql("""
				select m.person_id, p.name, m.joined_on from team_member m join person p on p.id = m.person_id
				where m.team_id = ? and m.active order by p.name""")
			.param(teamId)
			.query((rs, n) -> new Member(rs.getLong("person_id"), rs.getString("name"),
					rs.getDate("joined_on").toLocalDate()))
			.list();
	}

	/**
	 * A team a person belongs to, for the person's page.
	 *
	 * @param teamId the team
	 * @param name its name
	 * @param kind its kind
	 */
	public record Membership(long teamId, String name, TeamKind kind) {
	}

	@Transactional(readOnly = true)
	public List<Membership> teamsOf(Actor actor, long personId) {
		if (!this.people.visible(actor, personId)) {
			throw new NotFound("person", personId);
		}
		return this.jdbc.sql("""
				select t.id, t.name, t.kind from team_member m join team t on t.id = m.team_id
				where m.person_id = ? and m.active and t.active order by t.name""")
			.param(personId)
			.query((rs, n) -> new Membership(rs.getLong("id"), rs.getString("name"),
					TeamKind.valueOf(rs.getString("kind"))))
			.list();
	}

	/** Adds a person to a team (a person may belong to many: 一人多组). */
	@Transactional
	public void join(Actor actor, long teamId, Long personId) {
		actor.require(Permission.ORGANISATION_MANAGE);
		Team team = get(actor, teamId);
		if (personId == null) {
			throw Rejected.field("personId", "validation.required");
		}
		PersonView person;
		try {
			person = this.people.view(actor, personId);
		}
		catch (NotFound ex) {
			throw Rejected.field("personId", "post.rejected.personUnknown");
		}
		if (!person.active()) {
			throw Rejected.field("personId", "pairing.rejected.inactive");
		}
		int n = this.jdbc.sql("""
				insert into team_member (team_id, person_id, joined_on) values (?, ?, ?)
				on conflict (team_id, person_id) do update set active = true, joined_on = excluded.joined_on
				where not team_member.active""")
			.params(teamId, personId, Date.valueOf(LocalDate.now(this.clock)))
			.update();
		if (n == 0) {
			throw Rejected.field("personId", "team.rejected.alreadyMember");
		}
		this.events.changed(actor, TYPE, teamId, RecordChanged.Action.UPDATE, team.regionPath(), Map.of(),
				Map.of("joined", personId), null);
	}

	@Transactional
	public void leave(Actor actor, long teamId, long personId, String reason) {
		actor.require(Permission.ORGANISATION_MANAGE);
		Team team = get(actor, teamId);
		this.jdbc.sql("update team_member set active = false where team_id = ? and person_id = ?")
			.params(teamId, personId)
			.update();
		this.events.changed(actor, TYPE, teamId, RecordChanged.Action.UPDATE, team.regionPath(), Map.of(),
				Map.of("left", personId), reason);
	}

	@EventListener
	void on(RegionSubtreeMoved moved) {
		this.jdbc.sql("update team set region_path = ? || substr(region_path, ?) where in_subtree(region_path, ?)")
			.params(moved.newPath(), moved.oldPath().length() + 1, moved.oldPath())
			.update();
	}

	private void saveServiceAreas(long teamId, TeamForm form) {
		this.jdbc.sql("delete from team_service_region where team_id = ?").param(teamId).update();
		this.jdbc.sql("""
				insert into team_service_region (team_id, region_id)
				select ?, unnest(?::bigint[]) on conflict do nothing""")
			.params(teamId, form.getServiceRegionIds().toArray(Long[]::new))
			.update();
	}

	private Region check(Actor actor, TeamForm form) {
		Violations v = new Violations();
		v.required("name", form.getName(), 200);
		if (form.getKind() == null) {
			v.add("kind", "validation.required");
		}
		if (form.skillSet().stream().anyMatch(s -> s.length() > 30)) {
			v.add("skills", "validation.tooLong", 30);
		}
		Region region = null;
		if (form.getRegionId() == null) {
			v.add("regionId", "validation.required");
		}
		else {
			try {
				region = this.regions.get(actor, form.getRegionId());
			}
			catch (NotFound ex) {
				v.add("regionId", "people.rejected.regionUnknown");
			}
		}
		for (Long area : form.getServiceRegionIds()) {
			try {
				this.regions.get(actor, area);
			}
			catch (NotFound ex) {
				v.add("serviceRegionIds", "people.rejected.regionUnknown");
				break;
			}
		}
		if (form.getOrganisationId() != null
				&& this.organisations.findVisibleOrAbove(actor, form.getOrganisationId()).isEmpty()) {
			v.add("organisationId", "team.rejected.organisationUnknown");
		}
		v.throwIfAny();
		return region;
	}

	private static Map<String, Object> describe(Team t) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", t.name());
		m.put("kind", t.kind().name());
		m.put("regionPath", t.regionPath());
		m.put("organisationId", t.organisationId());
		m.put("skills", t.skills());
		m.put("serviceAreas", t.serviceAreas());
		return m;
	}

	static Team map(ResultSet rs, int n) throws SQLException {
		long org = rs.getLong("organisation_id");
		Long organisationId = rs.wasNull() ? null : org;
		return new Team(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_path"),
				rs.getString("region_name"), organisationId, TeamKind.valueOf(rs.getString("kind")),
				rs.getString("name"), strings(rs.getArray("skills")), strings(rs.getArray("service_areas")),
				rs.getLong("members"), rs.getBoolean("active"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
