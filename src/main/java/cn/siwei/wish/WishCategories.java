package cn.siwei.wish;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;

/**
 * The editable dictionary of wish categories (15 to begin with). A category in use is deactivated, never
 * deleted, so that the ledger keeps its history.
 */
@Service
public class WishCategories {

	private final JdbcClient jdbc;

	private final Events events;

	WishCategories(JdbcClient jdbc, Events events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * A category as the dictionary page shows it.
	 *
	 * @param id the category
	 * @param code its code
	 * @param nameZh its Chinese name
	 * @param nameEn its English name
	 * @param skills the skills that suit it, for matching
	 * @param sort its place in lists
	 * @param active false once deactivated
	 */
	public record Entry(long id, String code, String nameZh, String nameEn, List<String> skills, int sort,
			boolean active) {

		public String skillText() {
			return String.join("，", this.skills);
		}

	}

	@Transactional(readOnly = true)
	public List<Entry> all() {
		return this.jdbc.sql("select id, code, name_zh, name_en, skills, sort, active from wish_category order by sort, id")
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"),
					rs.getString("name_en"), Arrays.asList((String[]) rs.getArray("skills").getArray()), rs.getInt("sort"),
					rs.getBoolean("active")))
			.list();
	}

	@Transactional
	public long create(Actor actor, String code, String nameZh, String nameEn, String skills) {
		actor.require(Permission.DICTIONARY_MANAGE);
		Violations v = new Violations();
		String cleanCode = v.required("code", code, 32);
		if (cleanCode != null && !cleanCode.matches("[A-Z][A-Z0-9_]*")) {
			v.add("code", "wish.rejected.categoryCode");
		}
		String zh = v.required("nameZh", nameZh, 50);
		String en = v.required("nameEn", nameEn, 80);
		v.throwIfAny();
		boolean taken = this.jdbc.sql("select count(*) > 0 from wish_category where code = ?").param(cleanCode)
			.query(Boolean.class).single();
		if (taken) {
			throw Rejected.field("code", "wish.rejected.categoryCodeTaken");
		}
		long id = this.jdbc.sql("""
				insert into wish_category (code, name_zh, name_en, skills, sort)
				values (?, ?, ?, ?::text[], (select coalesce(max(sort), 0) + 1 from wish_category)) returning id""")
			.params(cleanCode, zh, en, skillArray(skills))
			.query(Long.class)
			.single();
		this.events.created(actor, "wish_category", id, "/", Map.of("code", cleanCode, "nameZh", zh, "nameEn", en));
		return id;
	}

	@Transactional
	public void update(Actor actor, long id, String nameZh, String nameEn, String skills, boolean active) {
		actor.require(Permission.DICTIONARY_MANAGE);
		Entry before = all().stream().filter(e -> e.id() == id).findFirst().orElseThrow(() -> new NotFound("wish_category", id));
		Violations v = new Violations();
		String zh = v.required("nameZh", nameZh, 50);
		String en = v.required("nameEn", nameEn, 80);
		v.throwIfAny();
		this.jdbc.sql("update wish_category set name_zh = ?, name_en = ?, skills = ?::text[], active = ? where id = ?")
			.params(zh, en, skillArray(skills), active, id)
			.update();
		this.events.changed(actor, "wish_category", id, RecordChanged.Action.UPDATE, "/",
				Map.of("nameZh", before.nameZh(), "nameEn", before.nameEn(), "skills", before.skills(), "active", before.active()),
				Map.of("nameZh", zh, "nameEn", en, "skills", Arrays.asList(skillArray(skills)), "active", active), null);
	}

	private static String[] skillArray(String skills) {
		return skills == null ? new String[0]
				: Arrays.stream(skills.split("[,，、\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).distinct()
					.toArray(String[]::new);
	}

}
