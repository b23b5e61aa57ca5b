package cn.siwei.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.siwei.access.Scope;
import cn.siwei.platform.Like;

@Repository
class RegionRepository {

	private static final String COLUMNS = "id, parent_id, level, code, name, path, active";

	private final JdbcClient jdbc;

	RegionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Region> find(Scope scope, long id) {
		return this.jdbc.sql("select " + COLUMNS + " from region where id = ? and in_subtree(path, ?)")
			.params(id, scope.regionPath())
			.query(RegionRepository::map)
			.optional();
	}

	Optional<Region> findAny(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from region where id = ?").param(id).query(RegionRepository::map)
			.optional();
	}

	Optional<Region> findByPath(String path) {
		return this.jdbc.sql("select " + COLUMNS + " from region where path = ?").param(path)
			.query(RegionRepository::map)
			.optional();
	}

	List<Region> byPaths(Collection<String> paths) {
		return this.jdbc.sql("select " + COLUMNS + " from region where path = any(?)")
			.param(paths.toArray(String[]::new))
			.query(RegionRepository::map)
			.list();
	}

	Optional<Region> findByCode(String code) {
		return this.jdbc.sql("select " + COLUMNS + " from region where code = ?").param(code)
			.query(RegionRepository::map)
			.optional();
	}

	Optional<Region> deepestNamedIn(String rootPath, String text) {
		return this.jdbc.sql("select " + COLUMNS + " from region where active and in_subtree(path, ?)"
				+ " and position(name in ?) > 0 order by length(path) - length(replace(path, '/', '')) desc, length(name) desc limit 1")
			.params(rootPath, text)
			.query(RegionRepository::map)
			.optional();
	}

	boolean setCentre(long id, Double lat, Double lon) {
		return this.jdbc.sql("update region set centre_lat = ?, centre_lon = ? where id = ?").params(lat, lon, id).update() == 1;
	}

	Optional<double[]> centre(long id) {
		return this.jdbc.sql("select centre_lat, centre_lon from region where id = ? and centre_lat is not null")
			.param(id)
			.query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
			.optional();
	}

	/**
	 * The active community under {@code rootPath} whose centre is nearest the point, within {@code km} (an
	 * equirectangular distance, exact enough at a city's scale).
	 */
	Optional<Region> nearestCommunity(String rootPath, double lat, double lon, double km) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from (select *, 6371 * sqrt(power(radians(centre_lat - :lat), 2)
				              + power(radians(centre_lon - :lon) * cos(radians(:lat)), 2)) as km
				       from region where level = :level and active and centre_lat is not null and in_subtree(path, :root)) c
				where km <= :km order by km limit 1""")
			.param("lat", lat)
			.param("lon", lon)
			.param("level", RegionLevel.COMMUNITY.depth())
			.param("root", rootPath)
			.param("km", km)
			.query(RegionRepository::map)
			.optional();
	}

	/** The names of nodes, by id. */
	Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql("select id, name from region where id = any(?)")
				.param(ids.stream().distinct().toArray(Long[]::new))
				.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
				.list();
		}
		return names;
	}

	/** The nodes on the way from the city down to {@code region}, in that order. */
	List<Region> ancestors(Region region) {
		List<Long> ids = Arrays.stream(region.path().split("/"))
			.filter(s -> !s.isEmpty())
			.map(Long::valueOf)
			.toList();
		return this.jdbc.sql("select " + COLUMNS + " from region where id = any(?) order by level")
			.param(ids.toArray(Long[]::new))
			.query(RegionRepository::map)
			.list();
	}

	List<RegionSummary> children(long parentId, String search, boolean includeInactive, int offset, int limit) {
		return this.jdbc.sql("""
				select r.id, r.parent_id, r.level, r.code, r.name, r.path, r.active,
				       (select count(*) from region d where in_subtree(d.path, r.path) and d.id <> r.id) as descendants
				from region r
				where r.parent_id = :parent and (:all or r.active)
				  and (:search = '' or r.name ilike '%' || :search || '%' or r.code ilike :search || '%')
				order by r.code, r.name
				offset :offset limit :limit
				""")
			.param("parent", parentId)
			.param("all", includeInactive)
			.param("search", Like.escape(search))
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> new RegionSummary(map(rs, n), rs.getLong("descendants")))
			.list();
	}

	long countChildren(long parentId, String search, boolean includeInactive) {
		return this.jdbc.sql("""
				select count(*) from region r
				where r.parent_id = :parent and (:all or r.active)
				  and (:search = '' or r.name ilike '%' || :search || '%' or r.code ilike :search || '%')
				""")
			.param("parent", parentId)
			.param("all", includeInactive)
			.param("search", Like.escape(search))
			.query(Long.class)
			.single();
	}

	/** Finds nodes anywhere in the scope by name or code, for pickers and search. */
	List<Region> search(Scope scope, String text, RegionLevel level, int limit) {
		return this.jdbc.sql("""
				select id, parent_id, level, code, name, path, active from region
				where in_subtree(path, :scope) and active
				  and (:text = '' or name ilike '%' || :text || '%' or code ilike :text || '%')
				  and (:level = 0 or level = :level)
				order by level, code limit :limit
				""")
			.param("scope", scope.regionPath())
			.param("text", Like.escape(text == null ? "" : text.trim()))
			.param("level", level == null ? 0 : level.depth())
			.param("limit", limit)
			.query(RegionRepository::map)
			.list();
	}

	long countUnder(String path) {
		return this.jdbc.sql("select count(*) from region where in_subtree(path, ?)").param(path).query(Long.class)
			.single();
	}

	List<Region> roots(Scope scope) {
		return this.jdbc.sql("select " + COLUMNS + " from region where parent_id is null and in_subtree(path, ?) order by code")
			.param(scope.regionPath())
			.query(RegionRepository::map)
			.list();
	}

	Region insert(Long parentId, String parentPath, RegionLevel level, String code, String name, Instant now) {
		long id = this.jdbc.sql("""
				insert into region (parent_id, level, code, name, path, created_at, updated_at)
				values (?, ?, ?, ?, '', ?, ?) returning id
				""")
			.params(parentId, level.depth(), code, name, Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.single();
		String path = (parentPath == null ? "/" : parentPath) + id + "/";
		this.jdbc.sql("update region set path = ? where id = ?").params(path, id).update();
		return new Region(id, parentId, level, code, name, path, true);
	}

	void update(long id, String code, String name, Instant now) {
		this.jdbc.sql("update region set code = ?, name = ?, updated_at = ? where id = ?")
			.params(code, name, Timestamp.from(now), id)
			.update();
	}

	void setActive(String path, boolean active, Instant now) {
		this.jdbc.sql("update region set active = ?, updated_at = ? where in_subtree(path, ?)")
			.params(active, Timestamp.from(now), path)
			.update();
	}

	/** Moves a subtree by rewriting the prefix of every path below it in one statement. */
	void move(Region node, Region newParent, Instant now) {
		String newPath = newParent.path() + node.id() + "/";
		this.jdbc.sql("update region set parent_id = ?, updated_at = ? where id = ?")
			.params(newParent.id(), Timestamp.from(now), node.id())
			.update();
		this.jdbc.sql("update region set path = ? || substr(path, ?) where in_subtree(path, ?)")
			.params(newPath, node.path().length() + 1, node.path())
			.update();
	}

	static Region map(ResultSet rs, int n) throws SQLException {
		long parent = rs.getLong("parent_id");
		return new Region(rs.getLong("id"), rs.wasNull() ? null : parent, RegionLevel.ofDepth(rs.getInt("level")),
				rs.getString("code"), rs.getString("name"), rs.getString("path"), rs.getBoolean("active"));
	}

}
