package cn.siwei.organisation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.access.Scope;
import cn.siwei.people.People;
import cn.siwei.platform.Events;
import cn.siwei.platform.Like;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Page;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.region.RecordCounter;
import cn.siwei.region.Region;
import cn.siwei.region.RegionCounts;
import cn.siwei.region.RegionLevel;
import cn.siwei.region.RegionSubtreeMoved;
import cn.siwei.region.Regions;

/**
 * Organisations, the posts people hold in them, and liaison pairings of units with communities.
 */
@Service
public class Organisations implements RecordCounter {

	static final String TYPE = "organisation";

	private static final String COLUMNS = """
			o.id, o.region_id, o.region_path, r.name as region_name, o.kind, o.name, o.phone, o.note, o.active""";

	private final JdbcClient jdbc;

	private final Regions regions;

	private final RegionCounts counts;

	private final People people;

	private final Events events;

	private final Clock clock;

	Organisations(JdbcClient jdbc, Regions regions, RegionCounts counts, People people, Events events, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.counts = counts;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<Organisation> list(Actor actor, String text, OrganisationKind kind, boolean includeInactive, int page,
			int size) {
		actor.require(Permission.ORGANISATION_VIEW);
		String where = " " + """
				 where in_subtree(o.region_path, :scope) and (:all or o.active) and (:kind = '' or o.kind = :kind)
				   and (:text = '' or o.name ilike '%' || :text || '%')""";
		Map<String, Object> params = new HashMap<>();
		params.put("scope", actor.scope().regionPath());
		params.put("all", includeInactive);
		params.put("kind", kind == null ? "" : kind.name());
		params.put("text", Like.escape(text == null ? "" : text.trim()));
		long total = this.jdbc.sql("select count(*) from organisation o" + where).params(params).query(Long.class).single();
		List<Organisation> rows = this.jdbc
			.sql("select " + COLUMNS + " from organisation o join region r on r.id = o.region_id" + where
					+ " order by o.region_path, o.name offset :offset limit :limit")
			.params(params)
			.param("offset", Page.offset(page, size))
			.param("limit", size)
			.query(Organisations::map)
			.list();
		return new Page<>(rows, page, size, total);
	}

	@Transactional(readOnly = true)
	public Organisation get(Actor actor, long id) {
		actor.require(Permission.ORGANISATION_VIEW);
		return this.jdbc.sql("select " + COLUMNS + " from organisation o join region r on r.id = o.region_id"
				+ " where o.id = ? and in_subtree(o.region_path, ?)")
			.params(id, actor.scope().regionPath())
			.query(Organisations::map)
			.optional()
			.orElseThrow(() -> new NotFound(TYPE, id));
	}

	/**
	 * The active organisations work can be given to from the actor's place: those in the actor's region and those
	 * above it (the departments of the district over a street), at most 500.
	 */
	@Transactional(readOnly = true)
	public List<Organisation> unitsFor(Actor actor) {
		return this.jdbc.sql("select " + COLUMNS + " from organisation o join region r on r.id = o.region_id"
				+ " where o.active and (in_subtree(o.region_path, ?) or in_subtree(?, o.region_path))"
				+ " order by o.kind, o.name limit 500")
			.params(actor.scope().regionPath(), actor.regionPath())
			.query(Organisations::map)
			.list();
	}

	/**
	 * The units of {@link #unitsFor(Actor)} grouped by the place they serve, named by its path from below the
	 * actor's node (合成2街道 › 合成1社区): what tells apart the property companies of communities that share a name.
	 *
	 * @param place the path of names of the units' node
	 * @param units the units there, by kind and name
	 */
	public record Group(String place, List<Organisation> units) {
	}

	/** {@link #unitsFor(Actor)} grouped by their node, the groups in tree order. */
	@Transactional(readOnly = true)
	public List<Group> unitsByPlace(Actor actor) {
		List<Organisation> units = unitsFor(actor);
		Map<String, List<Organisation>> byPath = new TreeMap<>();
		units.forEach(o -> byPath.computeIfAbsent(o.regionPath(), k -> new ArrayList<>()).add(o));
		Map<String, String> names = placeNames(actor, byPath.keySet());
		return byPath.entrySet().stream().map(e -> new Group(names.get(e.getKey()), e.getValue())).toList();
	}

	/**
	 * Units by id with the path of names of their node from below the actor's node, for naming them in figures
	 * and rankings (whatever their scope: the reader already sees their work).
	 *
	 * @param unit the unit
	 * @param place where it is
	 */
	public record Placed(Organisation unit, String place) {
	}

	@Transactional(readOnly = true)
	public Map<Long, Placed> placed(Actor actor, Collection<Long> ids) {
		Map<Long, Placed> map = new HashMap<>();
		if (ids.isEmpty()) {
			return map;
		}
		List<Organisation> units = this.jdbc.sql("select " + COLUMNS + " from organisation o join region r on r.id = o.region_id"
				+ " where o.id = any(?)")
			.param(ids.stream().distinct().toArray(Long[]::new))
			.query(Organisations::map)
			.list();
		Map<String, String> names = placeNames(actor, units.stream().map(Organisation::regionPath).toList());
		units.forEach(o -> map.put(o.id(), new Placed(o, names.get(o.regionPath()))));
		return map;
	}

	/** Paths of names from the level below the actor's node (or the node itself, when above it) down to each. */
	private Map<String, String> placeNames(Actor actor, Collection<String> paths) {
		int depth = Scope.of(actor.regionPath()).depth();
		RegionLevel top = RegionLevel.values()[Math.min(depth, RegionLevel.values().length - 1)];
		return this.regions.pathNames(paths, top, RegionLevel.values()[RegionLevel.values().length - 1]);
	}

	/**
	 * An organisation the actor may see or that stands above the actor's region (the street office over a
	 * community), for naming and linking it; empty otherwise.
	 */
	@Transactional(readOnly = true)
	public Optional<Organisation> findVisibleOrAbove(Actor actor, long id) {
		return this.jdbc.sql("select " + COLUMNS + " from organisation o join region r on r.id = o.region_id"
				+ " where o.id = ? and (in_subtree(o.region_path, ?) or in_subtree(?, o.region_path))")
			.params(id, actor.scope().regionPath(), actor.regionPath())
			.query(Organisations::map)
			.optional();
	}

	@Transactional
	public long create(Actor actor, OrganisationForm form) {
		actor.require(Permission.ORGANISATION_MANAGE);
		Region region = check(actor, form);
		Timestamp now = Timestamp.from(this.clock.instant());
		long id = this.jdbc.sql("""
				insert into organisation (region_id, region_path, kind, name, phone, note, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(region.id(), region.path(), form.getKind().name(), form.getName().trim(), blank(form.getPhone()),
					blank(form.getNote()), now, now)
			.query(Long.class)
			.single();
		this.events.created(actor, TYPE, id, region.path(), describe(get(actor, id)));
		return id;
	}

	@Transactional
	public void update(Actor actor, long id, OrganisationForm form) {
		actor.require(Permission.ORGANISATION_MANAGE);
		Organisation before = get(actor, id);
		Region region = check(actor, form);
		this.jdbc.sql("""
				update organisation set region_id = ?, region_path = ?, kind = ?, name = ?, phone = ?, note = ?,
				       updated_at = ? where id = ?""")
			.params(region.id(), region.path(), form.getKind().name(), form.getName().trim(), blank(form.getPhone()),
					blank(form.getNote()), Timestamp.from(this.clock.instant()), id)
			.update();
		this.events.changed(actor, TYPE, id, region.path(), describe(before), describe(get(actor, id)));
	}

	@Transactional
	public void setActive(Actor actor, long id, boolean active, String reason) {
		actor.require(Permission.ORGANISATION_MANAGE);
		Organisation o = get(actor, id);
		this.jdbc.sql("update organisation set active = ?, updated_at = ? where id = ?")
			.params(active, Timestamp.from(this.clock.instant()), id)
			.update();
		this.events.changed(actor, TYPE, id, active ? RecordChanged.Action.REACTIVATE : RecordChanged.Action.DEACTIVATE,
				o.regionPath(), Map.of("active", o.active()), Map.of("active", active), reason);
	}

	/**
	 * A post held by a person in an organisation.
	 *
	 * @param id the post
	 * @param personId the person
	 * @param personName their name
	 * @param organisationId the organisation
	 * @param organisationName its name
	 * @param organisationKind its kind
	 * @param title the post's title, e.g. 红色管家, 楼栋长
	 * @param startedOn since when
	 */
	public record Post(long id, long personId, String personName, long organisationId, String organisationName,
			OrganisationKind organisationKind, String title, LocalDate startedOn) {
	}

	@Transactional(readOnly = true)
	public List<Post> postsOf(Actor actor, long organisationId) {
		get(actor, organisationId);
		return posts("p.organisation_id = ?", organisationId);
	}

	/** The active posts of a person; two posts in a community and a property company are a cross-appointment. */
	@Transactional(readOnly = true)
	public List<Post> postsOfPerson(Actor actor, long personId) {
		if (!this.people.visible(actor, personId)) {
			throw new NotFound("person", personId);
		}
		return posts("p.person_id = ?", personId);
	}

	private List<Post> posts(String condition, long id) {
		return this.jdbc.sql("""
				select p.id, p.person_id, pe.name as person_name, p.organisation_id, o.name as organisation_name,
				       o.kind, p.title, p.started_on
				from post p join person pe on pe.id = p.person_id join organisation o on o.id = p.organisation_id
				where p.active and""" + " " + condition + " order by p.started_on, p.id")
			.param(id)
			.query((rs, n) -> new Post(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
					rs.getLong("organisation_id"), rs.getString("organisation_name"),
					OrganisationKind.valueOf(rs.getString("kind")), rs.getString("title"),
					rs.getDate("started_on").toLocalDate()))
			.list();
	}

	/** Appoints a person of the actor's scope to a post in an organisation. */
	@Transactional
	public long appoint(Actor actor, long organisationId, Long personId, String title) {
		actor.require(Permission.ORGANISATION_MANAGE);
		Organisation o = get(actor, organisationId);
		Violations v = new Violations();
		String cleanTitle = v.required("title", title, 100);
		if (personId == null) {
			v.add("personId", "validation.required");
		}
		else if (!this.people.visible(actor, personId)) {
			v.add("personId", "post.rejected.personUnknown");
		}
		v.throwIfAny();
		Timestamp now = Timestamp.from(this.clock.instant());
		long id = this.jdbc.sql("""
				insert into post (person_id, organisation_id, title, started_on, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(personId, organisationId, cleanTitle, Date.valueOf(LocalDate.now(this.clock)), now, now)
			.query(Long.class)
			.single();
		this.events.created(actor, "post", id, o.regionPath(),
				Map.of("personId", personId, "organisationId", organisationId, "title", cleanTitle));
		return id;
	}

	@Transactional
	public void endPost(Actor actor, long organisationId, long postId, String reason) {
		actor.require(Permission.ORGANISATION_MANAGE);
		Organisation o = get(actor, organisationId);
		int n = this.jdbc.sql("update post set active = false, updated_at = ? where id = ? and organisation_id = ? and active")
			.params(Timestamp.from(this.clock.instant()), postId, organisationId)
			.update();
		if (n == 0) {
			throw new NotFound("post", postId);
		}
		this.events.changed(actor, "post", postId, RecordChanged.Action.DEACTIVATE, o.regionPath(), Map.of("active", true),
				Map.of("active", false), reason);
	}

	/**
	 * A liaison pairing of a unit with a community.
	 *
	 * @param id the pairing
	 * @param organisationId the unit
	 * @param organisationName its name
	 * @param communityId the community
	 * @param communityName its name
	 * @param since since when
	 */
	public record Liaison(long id, long organisationId, String organisationName, long communityId,
			String communityName, LocalDate since) {
	}

	@Transactional(readOnly = true)
	public List<Liaison> liaisonsOf(Actor actor, long organisationId) {
		get(actor, organisationId);
		return this.jdbc.sql("""
				select l.id, l.organisation_id, o.name as organisation_name, l.community_id, r.name as community_name, l.since
				from liaison l join organisation o on o.id = l.organisation_id join region r on r.id = l.community_id
				where l.active and l.organisation_id = ? order by r.name""")
			.param(organisationId)
			.query((rs, n) -> new Liaison(rs.getLong("id"), rs.getLong("organisation_id"),
					rs.getString("organisation_name"), rs.getLong("community_id"), rs.getString("community_name"),
					rs.getDate("since").toLocalDate()))
			.list();
	}

	/** Pairs a unit with a community (联点). */
	@Transactional
	public long pairWithCommunity(Actor actor, long organisationId, Long communityId) {
		actor.require(Permission.ORGANISATION_MANAGE);
		Organisation o = get(actor, organisationId);
		if (communityId == null) {
			throw Rejected.field("communityId", "validation.required");
		}
		Region community;
		try {
			community = this.regions.get(actor, communityId);
		}
		catch (NotFound ex) {
			throw Rejected.field("communityId", "liaison.rejected.notCommunity");
		}
		if (community.level() != RegionLevel.COMMUNITY) {
			throw Rejected.field("communityId", "liaison.rejected.notCommunity");
		}
		boolean exists = this.jdbc.sql("select count(*) > 0 from liaison where organisation_id = ? and community_id = ? and active")
			.params(organisationId, communityId)
			.query(Boolean.class)
			.single();
		if (exists) {
			throw Rejected.field("communityId", "liaison.rejected.exists");
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		long id = this.jdbc.sql("""
				insert into liaison (organisation_id, community_id, since, created_at, updated_at)
				values (?, ?, ?, ?, ?) returning id""")
			.params(organisationId, communityId, Date.valueOf(LocalDate.now(this.clock)), now, now)
			.query(Long.class)
			.single();
		this.events.created(actor, "liaison", id, o.regionPath(),
				Map.of("organisationId", organisationId, "communityId", communityId));
		return id;
	}

	@Transactional
	public void endLiaison(Actor actor, long organisationId, long liaisonId, String reason) {
		actor.require(Permission.ORGANISATION_MANAGE);
		Organisation o = get(actor, organisationId);
		int n = this.jdbc.sql("update liaison set active = false, updated_at = ? where id = ? and organisation_id = ? and active")
			.params(Timestamp.from(this.clock.instant()), liaisonId, organisationId)
			.update();
		if (n == 0) {
			throw new NotFound("liaison", liaisonId);
		}
		this.events.changed(actor, "liaison", liaisonId, RecordChanged.Action.DEACTIVATE, o.regionPath(),
				Map.of("active", true), Map.of("active", false), reason);
	}

	@Override
	public String labelKey() {
		return "organisation.count";
	}

	@Override
	public Map<String, Long> countUnder(Collection<String> paths) {
		return this.counts.under(TYPE, paths);
	}

	@EventListener
	void on(RegionSubtreeMoved moved) {
		this.jdbc.sql("update organisation set region_path = ? || substr(region_path, ?) where in_subtree(region_path, ?)")
			.params(moved.newPath(), moved.oldPath().length() + 1, moved.oldPath())
			.update();
	}

	private Region check(Actor actor, OrganisationForm form) {
		Violations v = new Violations();
		v.required("name", form.getName(), 200);
		v.optional("phone", form.getPhone(), 32);
		v.optional("note", form.getNote(), 1000);
		if (form.getKind() == null) {
			v.add("kind", "validation.required");
		}
		Region region = null;
		if (form.getRegionId() == null) {
			v.add("regionId", "validation.required");
		}
		else {
			try {
				region = this.regions.get(actor, form.getRegionId());
				if (!region.active()) {
					v.add("regionId", "people.rejected.regionInactive");
				}
			}
			catch (NotFound ex) {
				v.add("regionId", "people.rejected.regionUnknown");
			}
		}
		v.throwIfAny();
		return region;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static Map<String, Object> describe(Organisation o) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", o.name());
		m.put("kind", o.kind().name());
		m.put("regionPath", o.regionPath());
		m.put("phone", o.phone());
		m.put("note", o.note());
		return m;
	}

	static Organisation map(ResultSet rs, int n) throws SQLException {
		return new Organisation(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_path"),
				rs.getString("region_name"), OrganisationKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getString("phone"), rs.getString("note"), rs.getBoolean("active"));
	}

}
