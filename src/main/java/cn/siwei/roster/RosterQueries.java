package cn.siwei.roster;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.platform.Like;
import cn.siwei.platform.Page;
import cn.siwei.platform.Where;
import cn.siwei.roster.RosterTerms.ActivityKind;
import cn.siwei.roster.RosterTerms.Appointment;
import cn.siwei.roster.RosterTerms.Role;
import cn.siwei.roster.RosterTerms.Status;

/** The rosters as lists (filtered, searched, paged, opened from a figure) and one member with what they did. */
@Service
public class RosterQueries {

	private static final String ACTIVITY = """
			select x.*, m.name as member_name, g.name as region_name
			from roster_activity x join roster_member m on m.id = x.member_id join region g on g.id = x.region_id""";

	private final JdbcClient jdbc;

	private final Rosters rosters;

	RosterQueries(JdbcClient jdbc, Rosters rosters) {
		this.jdbc = jdbc;
		this.rosters = rosters;
	}

	/**
	 * A filter of the members; empty fields do not filter.
	 *
	 * @param regionPath under this node (inside the actor's region)
	 * @param category in this role (its number)
	 * @param status in the role or not
	 * @param appointment come to it this way
	 * @param figure what this figure counts
	 * @param from recorded on or after this day
	 * @param to recorded on or before this day
	 * @param text words in the name
	 */
	public record Filter(String regionPath, Long category, Status status, Appointment appointment,
			RosterFigure.Members figure, LocalDate from, LocalDate to, String text) {

		public static final Filter NONE = new Filter(null, null, null, null, null, null, null, null);

	}

	/**
	 * A filter of what members did; empty fields do not filter.
	 *
	 * @param regionPath under this node (inside the actor's region)
	 * @param memberId by this member
	 * @param category by members in this role (its number)
	 * @param kind of this kind
	 * @param figure what this figure counts
	 * @param from on or after this day
	 * @param to on or before this day
	 */
	public record ActivityFilter(String regionPath, Long memberId, Long category, ActivityKind kind,
			RosterFigure.Activities figure, LocalDate from, LocalDate to) {
	}

	/** The members of the actor's region: by role, then name. */
	@Transactional(readOnly = true)
	public Page<Member> members(Actor actor, Filter f, int page, int size) {
		actor.require(RosterPermissions.VIEW);
		Where w = Where.under(actor, "x", f.regionPath())
			.equal("category_id", f.category())
			.equal("status", f.status())
			.equal("channel", f.appointment())
			.condition(f.figure() == null ? null : f.figure().condition())
			.days(f.from(), f.to(), this.rosters.zone())
			.condition("x.name like :text", "text",
					f.text() == null || f.text().isBlank() ? null : "%" + Like.escape(f.text().strip()) + "%");
		long total = this.jdbc.sql("select count(*) from roster_member x" + w.sql()).params(w.params()).query(Long.class)
			.single();
		List<Member> items = this.jdbc.sql(Rosters.SELECT + w.sql()
				+ " order by x.status, x.category_id, x.name, x.id offset :offset limit :limit")
			.params(w.params())
			.param("offset", Page.offset(page, size))
			.param("limit", size)
			.query(this.rosters::map)
			.list();
		return new Page<>(items.stream().map(Member::masked).toList(), page, size, total);
	}

	/** What members of the actor's region did, newest first. */
	@Transactional(readOnly = true)
	public Page<Activity> activities(Actor actor, ActivityFilter f, int page, int size) {
		actor.require(RosterPermissions.VIEW);
		Where w = Where.under(actor, "x", f.regionPath())
			.equal("member_id", f.memberId())
			.equal("category_id", f.category())
			.equal("channel", f.kind())
			.condition(f.figure() == null ? null : f.figure().condition())
			.days(f.from(), f.to(), this.rosters.zone());
		long total = this.jdbc.sql("select count(*) from roster_activity x" + w.sql()).params(w.params())
			.query(Long.class)
			.single();
		List<Activity> items = this.jdbc.sql(ACTIVITY + w.sql()
				+ " order by x.created_at desc, x.id desc offset :offset limit :limit")
			.params(w.params())
			.param("offset", Page.offset(page, size))
			.param("limit", size)
			.query((rs, n) -> new Activity(rs.getLong("id"), rs.getLong("member_id"), rs.getString("member_name"),
					Role.of(rs.getLong("category_id")), rs.getString("region_name"),
					ActivityKind.valueOf(rs.getString("channel")), rs.getString("note"), rs.getInt("served"),
					rs.getTimestamp("created_at").toInstant().atZone(this.rosters.zone()).toLocalDate(),
					rs.getBoolean("first_in_month"), rs.getString("recorded_by")))
			.list();
		return new Page<>(items, page, size, total);
	}

	/** A member, the phone masked. */
	@Transactional(readOnly = true)
	public Member get(Actor actor, long id) {
		return this.rosters.find(actor, id).masked();
	}

}
