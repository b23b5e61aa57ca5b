package cn.siwei.people;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.siwei.access.Scope;
import cn.siwei.platform.Like;

@Repository
class PersonRepository {

	static final String COLUMNS = """
			p.id, p.region_id, p.region_path, p.name, p.gender, p.birth_date, p.phone, p.id_number, p.address,
			p.care_tags, p.party_member, p.volunteer, p.skills, p.active""";

	private final JdbcClient jdbc;

	PersonRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One person inside the scope; a resident's scope holds only themselves. */
	/** The active people under a region with exactly this phone: id and name. */
	List<Object[]> byPhone(String regionPath, String phone) {
		return this.jdbc.sql("""
				select id, name from person
				where phone = ? and active and in_subtree(region_path, ?) order by id limit 5""")
			.params(phone, regionPath)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.list();
	}

	Optional<Person> find(Scope scope, long id) {
		return this.jdbc.sql("select " + COLUMNS + " from person p where p.id = :id and in_subtree(p.region_path, :scope)"
				+ " and (:own = 0 or p.id = :own)")
			.param("id", id)
			.param("scope", scope.regionPath())
			.param("own", scope.ownOnly() ? scope.ownPersonId() : 0L)
			.query(PersonRepository::map)
			.optional();
	}

	Optional<Long> findIdByIdNumber(String idNumber) {
		return this.jdbc.sql("select id from person where id_number = ?").param(idNumber).query(Long.class).optional();
	}

	/**
	 * A filter of the people list; empty fields do not filter.
	 *
	 * @param text part of the name, or a whole phone or ID number
	 * @param careTag only people with this tag
	 * @param underPath only people under this region path (inside the scope)
	 * @param includeInactive also deactivated people
	 */
	record Filter(String text, CareTag careTag, String underPath, boolean includeInactive) {
	}

	/**
	 * One page of the people list, people with care tags first, then by name.
	 * @param small whether few people match: they are then found first and sorted (only their ids and sort
	 * keys), instead of walking everyone in name order until the page is full. Both plans are right; each is
	 * fast only on its own side, and the planner cannot tell the sides apart from a path range.
	 */
	List<Row> list(Scope scope, Filter filter, int offset, int limit, boolean small) {
		String order = " order by cardinality(p.care_tags) = 0, p.name, p.id";
		String page = small
				? "with scoped as materialized (select p.id, cardinality(p.care_tags) = 0 as untagged, p.name"
						+ " from person p" + where() + "), page as (select id from scoped"
						+ " order by untagged, name, id offset :offset limit :limit)"
				: "with page as (select p.id from person p" + where() + order + " offset :offset limit :limit)";
		return this.jdbc.sql(page + " select " + COLUMNS + ", r.name as region_name from page"
				+ " join person p on p.id = page.id join region r on r.id = p.region_id" + order)
			.params(params(scope, filter))
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> new Row(map(rs, n), rs.getString("region_name")))
			.list();
	}

	long count(Scope scope, Filter filter) {
		return this.jdbc.sql("select count(*) from person p" + where()).params(params(scope, filter)).query(Long.class)
			.single();
	}

	record Row(Person person, String regionName) {
	}

	private static String where() {
		return " " + """
				 where in_subtree(p.region_path, :scope) and (:under = '' or in_subtree(p.region_path, :under))
				   and (:own = 0 or p.id = :own)
				   and (:all or p.active)
				   and (:tag = '' or p.care_tags @> array[:tag]::text[])
				   and (:text = '' or p.name ilike '%' || :text || '%' or p.phone = :phone or p.id_number = :idNumber)""";
	}

	private static Map<String, Object> params(Scope scope, Filter f) {
		Map<String, Object> m = new HashMap<>();
		m.put("scope", scope.regionPath());
		m.put("under", f.underPath() == null ? "" : f.underPath());
		m.put("own", scope.ownOnly() ? scope.ownPersonId() : 0L);
		m.put("all", f.includeInactive());
		m.put("tag", f.careTag() == null ? "" : f.careTag().name());
		String text = f.text() == null ? "" : f.text().trim();
		m.put("text", Like.escape(text));
		// A phone or ID number is found only when typed whole: matching parts of one would let a reader without
		// the right to see it recover its hidden digits, a search at a time.
		m.put("phone", text.replaceAll("[\\s-]", ""));
		m.put("idNumber", text.toUpperCase(Locale.ROOT));
		return m;
	}

	long insert(Person p, Instant now) {
		return this.jdbc.sql("""
				insert into person (region_id, region_path, name, gender, birth_date, phone, id_number, address,
				                    care_tags, party_member, volunteer, skills, created_at, updated_at)
				values (:regionId, :regionPath, :name, :gender, :birthDate, :phone, :idNumber, :address,
				        :careTags::text[], :partyMember, :volunteer, :skills::text[], :now, :now) returning id""")
			.params(fields(p))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	void update(long id, Person p, Instant now) {
		this.jdbc.sql("""
				update person set region_id = :regionId, region_path = :regionPath, name = :name, gender = :gender,
				       birth_date = :birthDate, phone = :phone, id_number = :idNumber, address = :address,
				       care_tags = :careTags::text[], party_member = :partyMember, volunteer = :volunteer,
				       skills = :skills::text[], updated_at = :now
				 where id = :id""")
			.params(fields(p))
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	void setActive(long id, boolean active, Instant now) {
		this.jdbc.sql("update person set active = ?, updated_at = ? where id = ?")
			.params(active, Timestamp.from(now), id)
			.update();
	}

	void rewritePaths(String oldPrefix, String newPrefix) {
		this.jdbc.sql("update person set region_path = ? || substr(region_path, ?) where in_subtree(region_path, ?)")
			.params(newPrefix, oldPrefix.length() + 1, oldPrefix)
			.update();
	}

	private static Map<String, Object> fields(Person p) {
		Map<String, Object> m = new HashMap<>();
		m.put("regionId", p.regionId());
		m.put("regionPath", p.regionPath());
		m.put("name", p.name());
		m.put("gender", p.gender());
		m.put("birthDate", p.birthDate() == null ? null : Date.valueOf(p.birthDate()));
		m.put("phone", p.phone());
		m.put("idNumber", p.idNumber());
		m.put("address", p.address());
		m.put("careTags", toArray(p.careTags().stream().map(Enum::name).toList()));
		m.put("partyMember", p.partyMember());
		m.put("volunteer", p.volunteer());
		m.put("skills", toArray(p.skills()));
		return m;
	}

	/** A PostgreSQL array literal, e.g. {@code {"a","b"}}, cast to text[] in the statement. */
	static String toArray(Collection<String> values) {
		StringBuilder sb = new StringBuilder("{");
		for (String v : values) {
			if (sb.length() > 1) {
				sb.append(',');
			}
			sb.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return sb.append('}').toString();
	}

	static Person map(ResultSet rs, int n) throws SQLException {
		Date birth = rs.getDate("birth_date");
		Set<CareTag> tags = EnumSet.noneOf(CareTag.class);
		for (String t : strings(rs.getArray("care_tags"))) {
			tags.add(CareTag.valueOf(t));
		}
		return new Person(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_path"), rs.getString("name"),
				rs.getString("gender"), birth == null ? null : birth.toLocalDate(), rs.getString("phone"),
				rs.getString("id_number"), rs.getString("address"), tags, rs.getBoolean("party_member"),
				rs.getBoolean("volunteer"), new LinkedHashSet<>(strings(rs.getArray("skills"))),
				rs.getBoolean("active"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
