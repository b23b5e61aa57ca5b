package cn.siwei.roster;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.people.People;
import cn.siwei.platform.Events;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.platform.Where;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.roster.RosterEvents.ActivityRecorded;
import cn.siwei.roster.RosterEvents.MemberAppointed;
import cn.siwei.roster.RosterEvents.MemberEnded;
import cn.siwei.roster.RosterTerms.ActivityKind;
import cn.siwei.roster.RosterTerms.Appointment;
import cn.siwei.roster.RosterTerms.Role;
import cn.siwei.roster.RosterTerms.Status;

/**
 * The acts on the rosters: appointing a member at a node of the actor's region, recording what a member did
 * (the first of a month marks them active that month), ending a term with the reason. Each checks the actor and
 * the scope, writes the audit trail and publishes its event.
 */
@Service
public class Rosters {

	static final String TYPE = "roster_member";

	private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,20}");

	/** How far back an activity may be recorded: last month's, not last year's. */
	static final int BACKDATE_DAYS = 62;

	static final String SELECT = """
			select x.*, g.name as region_name,
			       (select count(*) from roster_activity a where a.member_id = x.id) as activities,
			       (select max(a.created_at) from roster_activity a where a.member_id = x.id) as last_activity
			from roster_member x join region g on g.id = x.region_id""";

	private final JdbcClient jdbc;

	private final Regions regions;

	private final People people;

	private final Events events;

	private final Clock clock;

	Rosters(JdbcClient jdbc, Regions regions, People people, Events events, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	ZoneId zone() {
		return this.clock.getZone();
	}

	Member map(ResultSet rs, int n) throws SQLException {
		Timestamp last = rs.getTimestamp("last_activity");
		return new Member(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_path"),
				rs.getString("region_name"), Role.of(rs.getLong("category_id")), Appointment.valueOf(rs.getString("channel")),
				rs.getString("name"), rs.getString("phone"), rs.getObject("person_id", Long.class),
				rs.getDate("since").toLocalDate(), Status.valueOf(rs.getString("status")), rs.getString("ended_reason"),
				rs.getLong("activities"), last == null ? null : last.toInstant().atZone(this.clock.getZone()).toLocalDate(),
				rs.getTimestamp("created_at").toInstant());
	}

	/** A member in the actor's region (unmasked: for the service's own checks), or 404. */
	Member find(Actor actor, long id) {
		actor.require(RosterPermissions.VIEW);
		return Where.one(this.jdbc, SELECT, "x", actor, id, this::map, TYPE);
	}

	/** 选聘/推选: appoints a member at a node of the actor's region. */
	@Transactional
	public long appoint(Actor actor, MemberForm form) {
		actor.require(RosterPermissions.MANAGE);
		Violations v = new Violations();
		Region region = this.regions.named(v, actor, "regionId", form.regionId());
		if (form.role() == null) {
			v.add("role", "validation.required");
		}
		if (form.appointment() == null) {
			v.add("appointment", "validation.required");
		}
		// a person id a form sends is checked against the actor's region like any other
		boolean known = form.personId() != null && this.people.visible(actor, form.personId());
		if (form.personId() != null && !known) {
			v.add("personId", "roster.rejected.unknownPerson");
		}
		// a registered resident chosen without a name typed is named as registered
		String typed = form.name();
		if ((typed == null || typed.isBlank()) && known) {
			typed = this.people.view(actor, form.personId()).name();
		}
		String name = v.required("name", typed, 100);
		String phone = v.optional("phone", form.phone(), 32);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			v.add("phone", "roster.rejected.phone");
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate since = form.since() == null ? today : form.since();
		if (since.isAfter(today) || since.isBefore(today.minusYears(30))) {
			v.add("since", "roster.rejected.since");
		}
		v.throwIfAny();
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into roster_member (region_id, region_path, category_id, channel, name, phone, person_id, since,
				  status, created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?) returning id""")
			.params(region.id(), region.path(), form.role().category(), form.appointment().name(), name, phone,
					form.personId(), Date.valueOf(since), actor.accountId(), Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.single();
		this.events.created(actor, TYPE, id, region.path(), Map.of("role", form.role().name(), "name", name));
		this.events.publish(new MemberAppointed(id, region.path(), form.role().name()));
		return id;
	}

	/**
	 * 履职记录: what a member did on a day (today or up to two months back), for how many residents. The first of
	 * a month marks the member active that month.
	 */
	@Transactional
	public long record(Actor actor, long memberId, ActivityKind kind, String note, Integer served, LocalDate day) {
		actor.require(RosterPermissions.MANAGE);
		Member m = find(actor, memberId);
		Violations v = new Violations();
		if (m.status() != Status.ACTIVE) {
			throw Rejected.because("roster.rejected.ended");
		}
		if (kind == null) {
			v.add("kind", "validation.required");
		}
		String text = v.required("note", note, 1000);
		if (served != null && (served < 0 || served > 100_000)) {
			v.add("served", "roster.rejected.served");
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate on = day == null ? today : day;
		if (on.isAfter(today) || on.isBefore(today.minusDays(BACKDATE_DAYS))) {
			v.add("day", "roster.rejected.day");
		}
		v.throwIfAny();
		// one member's activities are recorded one at a time, so that exactly one is the first of its month
		this.jdbc.sql("select id from roster_member where id = ? for update").param(memberId).query(Long.class).single();
		LocalDate month = on.withDayOfMonth(1);
		boolean first = this.jdbc.sql("select not exists (select 1 from roster_activity where member_id = ? and month = ?)")
			.params(memberId, Date.valueOf(month))
			.query(Boolean.class)
			.single();
		Instant now = this.clock.instant();
		Instant happened = on.atTime(12, 0).atZone(this.clock.getZone()).toInstant();
		long id = this.jdbc.sql("""
				insert into roster_activity (member_id, region_id, region_path, category_id, channel, note, served,
				  first_in_month, month, created_by, recorded_by, created_at, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(memberId, m.regionId(), m.regionPath(), m.role().category(), kind.name(), text,
					served == null ? 0 : served, first, Date.valueOf(month), actor.accountId(), actor.displayName(),
					Timestamp.from(happened), Timestamp.from(now))
			.query(Long.class)
			.single();
		this.events.created(actor, "roster_activity", id, m.regionPath(), Map.of("member", memberId, "kind", kind.name(),
				"day", on.toString()));
		this.events.publish(new ActivityRecorded(id, memberId, m.personId(), m.regionPath(), kind.name()));
		return id;
	}

	/** 卸任: the member leaves the role, with the reason; what they did stays on record. */
	@Transactional
	public void end(Actor actor, long memberId, String reason) {
		actor.require(RosterPermissions.MANAGE);
		Member m = find(actor, memberId);
		Violations v = new Violations();
		String why = v.required("reason", reason, 1000);
		v.throwIfAny();
		Instant now = this.clock.instant();
		int n = this.jdbc.sql("""
				update roster_member set status = 'ENDED', ended_reason = ?, ended_at = ?, updated_at = ?
				where id = ? and status = 'ACTIVE'""")
			.params(why, Timestamp.from(now), Timestamp.from(now), memberId)
			.update();
		if (n == 0) {
			throw Rejected.because("roster.rejected.ended");
		}
		this.events.changed(actor, TYPE, memberId, RecordChanged.Action.UPDATE, m.regionPath(),
				Map.of("status", m.status().name()), Map.of("status", Status.ENDED.name()), why);
		this.events.publish(new MemberEnded(memberId, m.regionPath(), m.role().name()));
	}

}
