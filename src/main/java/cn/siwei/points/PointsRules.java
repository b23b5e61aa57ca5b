package cn.siwei.points;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Violations;
import cn.siwei.points.PointsTerms.AccountKind;
import cn.siwei.points.PointsTerms.Trigger;

/**
 * A ledger's rules, versioned: setting a rule whose code is in force closes that version today and opens the next
 * from today, so a posting always names the version it was earned by and a month is scored by the versions in
 * force in it. A rule is never deleted; retiring one closes its version.
 */
@Service
public class PointsRules {

	static final String TYPE = "points_rule";

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,32}");

	private final JdbcClient jdbc;

	private final PointsLedger ledgers;

	private final Events events;

	private final Clock clock;

	PointsRules(JdbcClient jdbc, PointsLedger ledgers, Events events, Clock clock) {
		this.jdbc = jdbc;
		this.ledgers = ledgers;
		this.events = events;
		this.clock = clock;
	}

	static Rule map(ResultSet rs, int n) throws SQLException {
		Date to = rs.getDate("valid_to");
		return new Rule(rs.getLong("id"), rs.getLong("ledger_id"), rs.getString("code"), rs.getInt("version"),
				rs.getString("name"), rs.getInt("points"), rs.getObject("monthly_cap", Integer.class),
				Trigger.valueOf(rs.getString("trigger")), rs.getBoolean("evidence_required"),
				rs.getObject("approval_above", Integer.class), rs.getDate("valid_from").toLocalDate(),
				to == null ? null : to.toLocalDate(), roles(rs.getString("awarded_by")));
	}

	static java.util.Set<cn.siwei.access.Role> roles(String list) {
		java.util.Set<cn.siwei.access.Role> out = java.util.EnumSet.noneOf(cn.siwei.access.Role.class);
		if (list != null) {
			for (String r : list.split(",")) {
				if (!r.isBlank()) {
					out.add(cn.siwei.access.Role.valueOf(r.strip()));
				}
			}
		}
		return out;
	}

	/** The roles that manage points and so may be named as a rule's awarders. */
	static final java.util.Set<cn.siwei.access.Role> AWARDERS = java.util.EnumSet.of(cn.siwei.access.Role.COMMUNITY_WORKER,
			cn.siwei.access.Role.STREET_OFFICER);

	/** Sets a rule of a ledger of the actor's region: a new one, or the next version of the one in force. */
	@Transactional
	public long set(Actor actor, long ledgerId, RuleForm form) {
		actor.require(PointsPermissions.MANAGE);
		Ledger ledger = this.ledgers.get(actor, ledgerId);
		Violations v = new Violations();
		String code = v.required("code", form.code(), 32);
		if (code != null && !CODE.matcher(code).matches()) {
			v.add("code", "points.rejected.code");
		}
		String name = v.required("name", form.name(), 100);
		if (form.points() == null || form.points() < 1 || form.points() > 1000) {
			v.add("points", "points.rejected.points");
		}
		if (form.monthlyCap() != null && (form.monthlyCap() < 1 || form.points() != null && form.monthlyCap() < form.points())) {
			v.add("monthlyCap", "points.rejected.cap");
		}
		if (form.trigger() == null) {
			v.add("trigger", "validation.required");
		}
		if (form.approvalAbove() != null && form.approvalAbove() < 1) {
			v.add("approvalAbove", "points.rejected.approvalAbove");
		}
		if (form.awardedBy() != null && !AWARDERS.containsAll(form.awardedBy())) {
			v.add("awardedBy", "points.rejected.awardedBy");
		}
		String awardedBy = form.awardedBy() == null || form.awardedBy().isEmpty() ? null
				: form.awardedBy().stream().sorted().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
		v.throwIfAny();
		LocalDate today = LocalDate.now(this.clock);
		Optional<Rule> current = inForce(ledgerId, code);
		int version = 1;
		if (current.isPresent()) {
			version = current.get().version() + 1;
			this.jdbc.sql("update points_rule set valid_to = ? where id = ?")
				.params(Date.valueOf(today), current.get().id())
				.update();
		}
		else if (this.jdbc.sql("select count(*) from points_rule where ledger_id = ? and code = ?")
			.params(ledgerId, code)
			.query(Long.class)
			.single() > 0) {
			version = this.jdbc.sql("select max(version) from points_rule where ledger_id = ? and code = ?")
				.params(ledgerId, code)
				.query(Integer.class)
				.single() + 1;
		}
		long id = this.jdbc.sql("""
				insert into points_rule (ledger_id, code, version, name, points, monthly_cap, trigger, evidence_required,
				  approval_above, valid_from, created_by, created_at, awarded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(ledgerId, code, version, name, form.points(), form.monthlyCap(), form.trigger().name(),
					form.needsEvidence(), form.approvalAbove(), Date.valueOf(today), actor.accountId(),
					Timestamp.from(this.clock.instant()), awardedBy)
			.query(Long.class)
			.single();
		// where its points come from
		this.ledgers.account(ledgerId, AccountKind.ISSUANCE, null, code);
		this.events.changed(actor, PointsLedger.TYPE, ledgerId, ledger.regionPath(),
				current.<Map<String, Object>>map(r -> Map.of("rule", r.code(), "version", r.version(), "points", r.points()))
					.orElse(Map.of()),
				Map.of("rule", code, "version", version, "points", form.points(), "trigger", form.trigger().name()));
		return id;
	}

	/** Retires a rule: its version in force closes today. */
	@Transactional
	public void retire(Actor actor, long ledgerId, String code) {
		actor.require(PointsPermissions.MANAGE);
		Ledger ledger = this.ledgers.get(actor, ledgerId);
		Rule r = inForce(ledgerId, code).orElseThrow(() -> new NotFound(TYPE, code));
		this.jdbc.sql("update points_rule set valid_to = ? where id = ?")
			.params(Date.valueOf(LocalDate.now(this.clock)), r.id())
			.update();
		this.events.changed(actor, PointsLedger.TYPE, ledgerId, ledger.regionPath(),
				Map.of("rule", r.code(), "version", r.version()), Map.of("rule", r.code(), "retired", true));
	}

	/** The version of a rule in force now, if any. */
	Optional<Rule> inForce(long ledgerId, String code) {
		return this.jdbc.sql("select * from points_rule where ledger_id = ? and code = ? and valid_to is null")
			.params(ledgerId, code)
			.query(PointsRules::map)
			.optional();
	}

	/** A rule version by number, of the given ledger. */
	Rule version(long ledgerId, long ruleId) {
		return this.jdbc.sql("select * from points_rule where id = ? and ledger_id = ?")
			.params(ruleId, ledgerId)
			.query(PointsRules::map)
			.optional()
			.orElseThrow(() -> new NotFound(TYPE, ruleId));
	}

	/** The rules in force in a ledger, those earned by a trigger (or all when null). */
	public List<Rule> inForce(long ledgerId, Trigger trigger) {
		return this.jdbc.sql("""
				select * from points_rule where ledger_id = ? and valid_to is null and (? or trigger = ?)
				order by trigger, code""")
			.params(ledgerId, trigger == null, trigger == null ? "" : trigger.name())
			.query(PointsRules::map)
			.list();
	}

	/** Every version of a ledger's rules, newest first within a code. */
	public List<Rule> history(long ledgerId) {
		return this.jdbc.sql("select * from points_rule where ledger_id = ? order by code, version desc")
			.param(ledgerId)
			.query(PointsRules::map)
			.list();
	}

}
