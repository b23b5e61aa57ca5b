package cn.siwei.region;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.access.Scope;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Page;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;

/**
 * The region tree: the one entry point other modules and the web layer use to read and change it.
 */
@Service
public class Regions {

	static final String TYPE = "region";

	private final RegionRepository repository;

	private final Events events;

	private final Clock clock;

	Regions(RegionRepository repository, Events events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Loads a node inside the actor's scope.
	 * @throws NotFound when it does not exist or lies outside the scope
	 */
	@Transactional(readOnly = true)
	public Region get(Actor actor, long id) {
		return this.repository.find(Scope.of(actor.regionPath()), id).orElseThrow(() -> new NotFound(TYPE, id));
	}

	/**
	 * The node a form names for its record: inside the actor's region (else 404, as for any record outside it), or
	 * null with a violation on the field when the form names none.
	 */
	@Transactional(readOnly = true)
	public Region named(Violations v, Actor actor, String field, Long id) {
		if (id == null) {
			v.add(field, "validation.required");
			return null;
		}
		return get(actor, id);
	}

	/** Loads a node regardless of scope, for the platform's own work. */
	@Transactional(readOnly = true)
	public Optional<Region> find(long id) {
		return this.repository.findAny(id);
	}

	@Transactional(readOnly = true)
	public Optional<Region> findByCode(String code) {
		return this.repository.findByCode(code);
	}

	/**
	 * The deepest active node under {@code rootPath} whose name occurs in a free-text address ("…昆仑路街道永安社区3号楼"
	 * finds 永安社区), for placing requests that other systems send with an address only.
	 */
	@Transactional(readOnly = true)
	public Optional<Region> deepestNamedIn(String rootPath, String address) {
		return address == null || address.isBlank() ? Optional.empty() : this.repository.deepestNamedIn(rootPath, address);
	}

	/**
	 * The community a home lies in, for a resident saying where a problem is: its path, or the home's own path when
	 * the home is not below a community.
	 */
	public static String communityOf(String homePath) {
		String[] ids = homePath.split("/");
		// "/1/2/6/7/14/" splits into "", "1", "2", "6", "7", "14": the community is the fourth node
		int depth = RegionLevel.COMMUNITY.depth();
		if (ids.length - 1 <= depth) {
			return homePath;
		}
		return String.join("/", Arrays.copyOfRange(ids, 0, depth + 1)) + "/";
	}

	/** The places of a home's community a resident may say a problem is at: the community, its compounds, buildings. */
	@Transactional(readOnly = true)
	public List<Region> placesAround(String homePath) {
		return this.repository.search(Scope.of(communityOf(homePath)), null, null, 500).stream()
			.filter(r -> r.level().depth() <= RegionLevel.BUILDING.depth())
			.toList();
	}

	/** How far from a community's centre a pin may lie and still be placed in it. */
	static final double COMMUNITY_REACH_KM = 3;

	/**
	 * The community a pin lies in: the one under {@code rootPath} whose centre is nearest, within
	 * {@value #COMMUNITY_REACH_KM} km; empty when none has a centre that near.
	 */
	@Transactional(readOnly = true)
	public Optional<Region> communityAt(String rootPath, Double lat, Double lon) {
		if (lat == null || lon == null || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
			return Optional.empty();
		}
		return this.repository.nearestCommunity(rootPath, lat, lon, COMMUNITY_REACH_KM);
	}

	/** A node's centre (latitude, longitude), if set. */
	@Transactional(readOnly = true)
	public Optional<double[]> centre(Actor actor, long id) {
		get(actor, id);
		return this.repository.centre(id);
	}

	/** Sets (or, with both null, clears) a node's centre; recorded in the audit trail. */
	@Transactional
	public void setCentre(Actor actor, long id, Double lat, Double lon) {
		actor.require(Permission.REGION_MANAGE);
		Region region = get(actor, id);
		Violations v = new Violations();
		if ((lat == null) != (lon == null)) {
			v.add(lat == null ? "lat" : "lon", "validation.required");
		}
		if (lat != null && (lat < -90 || lat > 90)) {
			v.add("lat", "region.rejected.latitude");
		}
		if (lon != null && (lon < -180 || lon > 180)) {
			v.add("lon", "region.rejected.longitude");
		}
		v.throwIfAny();
		String before = this.repository.centre(id).map(c -> c[0] + "," + c[1]).orElse("");
		this.repository.setCentre(id, lat, lon);
		this.events.changed(actor, TYPE, id, region.path(), Map.<String, Object>of("centre", before),
				Map.<String, Object>of("centre", lat == null ? "" : lat + "," + lon));
	}

	/** Nodes by their paths, in one query. */
	@Transactional(readOnly = true)
	public Map<String, Region> byPaths(Collection<String> paths) {
		Map<String, Region> map = new LinkedHashMap<>();
		this.repository.byPaths(paths).forEach(r -> map.put(r.path(), r));
		return map;
	}

	/** A node by its path. */
	@Transactional(readOnly = true)
	public Optional<Region> findByPath(String path) {
		return this.repository.findByPath(path);
	}

	/** The node the actor is bound to. */
	@Transactional(readOnly = true)
	public Region home(Actor actor) {
		return this.repository.findByPath(actor.regionPath()).orElseThrow(() -> new NotFound(TYPE, actor.regionPath()));
	}

	/**
	 * Where each node lies, as people say it in a list: street › community › compound (a node above a street is
	 * named by itself; buildings and units, a resident's home rather than a place, are left out), in one query.
	 * @param paths region paths ({@code /1/2/6/7/})
	 * @return the place of each path
	 */
	@Transactional(readOnly = true)
	public Map<String, String> places(Collection<String> paths) {
		return names(paths, RegionLevel.COMPOUND);
	}

	/**
	 * The whole place of a node from the street down to it (building and unit included), as an export writes a
	 * resident's home: 昆仑路街道 › 永安社区 › 永安小区 › 1号楼 › 1单元.
	 */
	@Transactional(readOnly = true)
	public String address(String path) {
		return names(List.of(path), RegionLevel.UNIT).get(path);
	}

	/** {@link #address} of many nodes, in one query. */
	@Transactional(readOnly = true)
	public Map<String, String> addresses(Collection<String> paths) {
		return names(paths, RegionLevel.UNIT);
	}

	private Map<String, String> names(Collection<String> paths, RegionLevel deepest) {
		return pathNames(paths, RegionLevel.STREET, deepest);
	}

	/**
	 * The names along each path from one level down to another, joined with " › " (合成区 › 合成2街道): what tells two
	 * nodes of the same name apart in a list.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> pathNames(Collection<String> paths, RegionLevel top, RegionLevel deepest) {
		Map<String, List<Long>> shown = new HashMap<>();
		for (String path : paths) {
			List<Long> ids = Arrays.stream(path.split("/")).filter(x -> !x.isEmpty()).map(Long::valueOf).toList();
			int from = Math.min(top.depth(), ids.size()) - 1;
			int to = Math.min(deepest.depth(), ids.size());
			shown.put(path, ids.subList(Math.max(from, 0), to));
		}
		Map<Long, String> names = this.repository.names(shown.values().stream().flatMap(List::stream).toList());
		Map<String, String> places = new HashMap<>();
		shown.forEach((path, ids) -> places.put(path,
				String.join(" › ", ids.stream().map(id -> names.getOrDefault(id, "?")).toList())));
		return places;
	}

	/** The way from the top of the actor's scope down to {@code region}, for breadcrumbs. */
	@Transactional(readOnly = true)
	public List<Region> trail(Actor actor, Region region) {
		return this.repository.ancestors(region).stream().filter(r -> r.path().startsWith(actor.regionPath())).toList();
	}

	@Transactional(readOnly = true)
	public Page<RegionSummary> children(Actor actor, long parentId, String search,
			boolean includeInactive, int page, int size) {
		get(actor, parentId);
		String text = search == null ? "" : search.trim();
		long total = this.repository.countChildren(parentId, text, includeInactive);
		var rows = this.repository.children(parentId, text, includeInactive, (int) Page.offset(page, size), size);
		return new Page<>(rows, page, size, total);
	}

	@Transactional(readOnly = true)
	public List<Region> search(Actor actor, String text, RegionLevel level, int limit) {
		return this.repository.search(Scope.of(actor.regionPath()), text, level, limit);
	}

	/**
	 * The nodes of the actor's region for a picker, as a tree: each node under its parent (depth first), the upper
	 * levels first when there are more than {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<Region> tree(Actor actor, int limit) {
		// a path sorts after its parent's and before the next sibling's: "/" sorts before every digit
		return search(actor, null, null, limit).stream().sorted(Comparator.comparing(Region::path)).toList();
	}

	/**
	 * Creates a node below {@code parentId} (or a city when it is null); its level is one below the parent's.
	 */
	@Transactional
	public Region create(Actor actor, Long parentId, String code, String name) {
		actor.require(Permission.REGION_MANAGE);
		String cleanCode = checkCode(code, null);
		String cleanName = checkName(name);
		Region parent = null;
		RegionLevel level = RegionLevel.CITY;
		if (parentId != null) {
			parent = get(actor, parentId);
			if (!parent.active()) {
				throw Rejected.field("parentId", "region.rejected.parentInactive");
			}
			level = parent.level().child();
			if (level == null) {
				throw Rejected.field("parentId", "region.rejected.belowUnit");
			}
		}
		else if (!"/".equals(actor.regionPath())) {
			throw Rejected.field("parentId", "region.rejected.parentRequired");
		}
		Region region = this.repository.insert(parentId, parent == null ? null : parent.path(), level, cleanCode,
				cleanName, this.clock.instant());
		this.events.created(actor, TYPE, region.id(), region.path(), describe(region));
		return region;
	}

	/** Changes the code and name of a node. */
	@Transactional
	public Region rename(Actor actor, long id, String code, String name) {
		actor.require(Permission.REGION_MANAGE);
		Region before = get(actor, id);
		String cleanCode = checkCode(code, id);
		String cleanName = checkName(name);
		this.repository.update(id, cleanCode, cleanName, this.clock.instant());
		Region after = this.repository.findAny(id).orElseThrow();
		this.events.changed(actor, TYPE, id, after.path(), describe(before), describe(after));
		return after;
	}

	/**
	 * Gives a subtree a new parent of the level just above it; every record under it moves along.
	 */
	@Transactional
	public Region move(Actor actor, long id, Long newParentId, String reason) {
		actor.require(Permission.REGION_MANAGE);
		Region node = get(actor, id);
		if (newParentId == null) {
			throw Rejected.field("parentId", "validation.required");
		}
		Region parent = this.repository.find(Scope.of(actor.regionPath()), newParentId)
			.orElseThrow(() -> Rejected.field("parentId", "people.rejected.regionUnknown"));
		if (parent.path().startsWith(node.path())) {
			throw Rejected.field("parentId", "region.rejected.moveIntoItself");
		}
		if (parent.depth() != node.depth() - 1) {
			throw Rejected.field("parentId", "region.rejected.moveLevel");
		}
		if (!parent.active()) {
			throw Rejected.field("parentId", "region.rejected.parentInactive");
		}
		if (node.parentId() != null && node.parentId().equals(newParentId)) {
			return node;
		}
		this.repository.move(node, parent, this.clock.instant());
		Region after = this.repository.findAny(id).orElseThrow();
		this.events.publish(new RegionSubtreeMoved(id, node.path(), after.path()));
		this.events.changed(actor, TYPE, id, RecordChanged.Action.MOVE, after.path(), describe(node), describe(after), reason);
		return after;
	}

	/** Deactivates a node and everything under it; nothing is deleted. */
	@Transactional
	public void deactivate(Actor actor, long id, String reason) {
		setActive(actor, id, false, reason);
	}

	/** Makes a deactivated node and its subtree active again. */
	@Transactional
	public void reactivate(Actor actor, long id, String reason) {
		setActive(actor, id, true, reason);
	}

	private void setActive(Actor actor, long id, boolean active, String reason) {
		actor.require(Permission.REGION_MANAGE);
		Region node = get(actor, id);
		if (node.path().equals(actor.regionPath()) && !active) {
			throw Rejected.because("region.rejected.deactivateOwn");
		}
		if (active && node.parentId() != null && !get(actor, node.parentId()).active()) {
			throw Rejected.because("region.rejected.parentInactive");
		}
		this.repository.setActive(node.path(), active, this.clock.instant());
		this.events.changed(actor, TYPE, id, active ? RecordChanged.Action.REACTIVATE : RecordChanged.Action.DEACTIVATE,
				node.path(), describe(node), Map.of("active", active), reason);
	}

	private String checkCode(String code, Long self) {
		String clean = code == null ? "" : code.trim();
		if (clean.isEmpty()) {
			throw Rejected.field("code", "validation.required");
		}
		if (!clean.matches("[A-Za-z0-9_-]{1,32}")) {
			throw Rejected.field("code", "region.rejected.codeFormat");
		}
		this.repository.findByCode(clean).filter(r -> self == null || r.id() != self).ifPresent(r -> {
			throw Rejected.field("code", "region.rejected.codeTaken", r.name());
		});
		return clean;
	}

	private static String checkName(String name) {
		String clean = name == null ? "" : name.trim();
		if (clean.isEmpty()) {
			throw Rejected.field("name", "validation.required");
		}
		if (clean.length() > 100) {
			throw Rejected.field("name", "validation.tooLong", 100);
		}
		return clean;
	}

	private static Map<String, Object> describe(Region r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", r.code());
		m.put("name", r.name());
		m.put("level", r.level().name());
		m.put("path", r.path());
		m.put("active", r.active());
		return m;
	}

}
