package cn.siwei.points;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.people.People;
import cn.siwei.people.PersonView;
import cn.siwei.platform.Attachments;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Photos;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.points.PointsLedger.Posted;
import cn.siwei.points.PointsTerms.AccountKind;
import cn.siwei.points.PointsTerms.PendingStatus;
import cn.siwei.points.PointsTerms.TransferKind;

/**
 * Points awarded by staff under a rule in force: to a household of the ledger's place, within the rule's monthly
 * cap, with a photo where the rule asks for evidence, and through a second person's approval above the rule's
 * limit; each form posts once (its key), so a double click awards once. A posting is corrected by its reversal,
 * with a reason, never by an edit.
 */
@Service
public class PointsAwards {

	private final JdbcClient jdbc;

	private final PointsLedger ledgers;

	private final PointsRules rules;

	private final People people;

	private final Attachments attachments;

	private final Events events;

	private final Clock clock;

	PointsAwards(JdbcClient jdbc, PointsLedger ledgers, PointsRules rules, People people, Attachments attachments,
			Events events, Clock clock) {
		this.jdbc = jdbc;
		this.ledgers = ledgers;
		this.rules = rules;
		this.people = people;
		this.attachments = attachments;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What an award came to: posted, or waiting for a second person's approval.
	 *
	 * @param transferId the posting, when posted
	 * @param pendingId the award waiting for approval, when it waits
	 */
	public record Awarded(Long transferId, Long pendingId) {
	}

	/**
	 * Awards points of a rule to a household.
	 *
	 * @param points for a sheet's rule, the score (1 up to the rule's points); for a manual rule, empty (its points)
	 * @param photo the evidence, required when the rule asks for it
	 * @param formKey the form's own key, so that the same form posts once (a new one when empty)
	 */
	@Transactional
	public Awarded award(Actor actor, long ledgerId, String ruleCode, Long personId, Integer points, String note,
			byte[] photo, String formKey) {
		actor.require(PointsPermissions.MANAGE);
		Ledger ledger = this.ledgers.get(actor, ledgerId);
		Violations v = new Violations();
		Rule rule = ruleCode == null ? null : this.rules.inForce(ledgerId, ruleCode).orElse(null);
		if (rule == null) {
			v.add("rule", "points.rejected.noRule");
		}
		else if (!rule.trigger().byStaff()) {
			v.add("rule", "points.rejected.notByStaff");
		}
		else if (!rule.awardableBy(actor)) {
			v.add("rule", "points.rejected.notAwarder");
		}
		PersonView person = household(v, actor, ledger, personId);
		int amount = 0;
		if (rule != null) {
			amount = points == null ? rule.points() : points;
			if (amount < 1 || amount > rule.points() || rule.trigger() == PointsTerms.Trigger.MANUAL && points != null
					&& points != rule.points()) {
				v.add("points", "points.rejected.score", rule.points());
			}
		}
		String n = v.optional("note", note, 1000);
		boolean hasPhoto = photo != null && photo.length > 0;
		if (rule != null && rule.evidenceRequired() && !hasPhoto) {
			v.add("photo", "points.rejected.evidence");
		}
		v.throwIfAny();
		if (hasPhoto) {
			Photos.check(photo);
		}
		String key = "award:" + (formKey == null || formKey.isBlank() ? UUID.randomUUID() : formKey.strip());
		if (key.length() > 200) {
			throw Rejected.field("formKey", "points.rejected.posting");
		}
		// the same form again (a double click, a retry) is what it was the first time
		Long earlier = this.jdbc.sql("select id from points_transfer where ledger_id = ? and idempotency_key = ?")
			.params(ledgerId, key).query(Long.class).optional().orElse(null);
		if (earlier != null) {
			return new Awarded(earlier, null);
		}
		Long asked = this.jdbc.sql("select id from points_pending where ledger_id = ? and form_key = ?")
			.params(ledgerId, key).query(Long.class).optional().orElse(null);
		if (asked != null) {
			return new Awarded(null, asked);
		}
		long holder = this.ledgers.holder(ledgerId, person.id(), person.name());
		int allowed = remainingUnderCap(holder, rule);
		if (amount > allowed) {
			throw Rejected.field("points", "points.rejected.overCap", rule.monthlyCap(), allowed);
		}
		if (rule.approvalAbove() != null && amount > rule.approvalAbove()) {
			long pending = this.jdbc.sql("""
					insert into points_pending (ledger_id, rule_id, person_id, points, note, form_key, status, asked_by,
					  asked_name, asked_at)
					values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?) returning id""")
				.params(ledgerId, rule.id(), person.id(), amount, n == null ? "" : n, key, actor.accountId(),
						actor.displayName(), Timestamp.from(this.clock.instant()))
				.query(Long.class)
				.single();
			this.events.changed(actor, PointsLedger.TYPE, ledgerId, RecordChanged.Action.UPDATE, ledger.regionPath(),
					Map.of(), Map.of("pending", pending, "rule", rule.code(), "points", amount), n);
			return new Awarded(null, pending);
		}
		Posted posted = post(actor, ledgerId, rule, holder, amount, key, n);
		if (hasPhoto && posted.posted()) {
			this.attachments.addPhoto(actor, new Attachments.Owner("points_transfer", posted.id(), ledger.regionPath()),
					photo);
		}
		return new Awarded(posted.id(), null);
	}

	/** A second person approves an award waiting above its rule's limit: it is posted now. */
	@Transactional
	public long approve(Actor actor, long pendingId) {
		actor.require(PointsPermissions.MANAGE);
		Pending p = pending(actor, pendingId);
		if (p.askedBy() == actor.accountId()) {
			throw Rejected.because("points.rejected.sameApprover");
		}
		Rule rule = this.rules.version(p.ledgerId(), p.ruleId());
		if (!rule.awardableBy(actor)) {
			throw Rejected.because("points.rejected.notAwarder");
		}
		PersonView person = this.people.view(actor, p.personId());
		long holder = this.ledgers.holder(p.ledgerId(), person.id(), person.name());
		int allowed = remainingUnderCap(holder, rule);
		if (p.points() > allowed) {
			throw Rejected.because("points.rejected.overCap", rule.monthlyCap(), allowed);
		}
		Posted posted = post(actor, p.ledgerId(), rule, holder, p.points(), "pending:" + pendingId,
				p.note() + "（" + p.askedName() + " 申请，" + actor.displayName() + " 审核）");
		decide(actor, p, PendingStatus.APPROVED, null, posted.id());
		return posted.id();
	}

	/** A second person refuses an award waiting for approval, with the reason. */
	@Transactional
	public void refuse(Actor actor, long pendingId, String reason) {
		actor.require(PointsPermissions.MANAGE);
		Pending p = pending(actor, pendingId);
		Violations v = new Violations();
		String why = v.required("reason", reason, 1000);
		v.throwIfAny();
		decide(actor, p, PendingStatus.REFUSED, why, null);
	}

	/**
	 * Reverses a posting of a ledger of the actor's region, with the reason: the same points move back. A posting
	 * is reversed once; a reversal is not reversed (post the award again).
	 */
	@Transactional
	public long reverse(Actor actor, long transferId, String reason) {
		actor.require(PointsPermissions.MANAGE);
		var t = this.jdbc.sql("""
				select t.ledger_id, t.debit_account_id, t.credit_account_id, t.amount, t.kind, t.rule_id from points_transfer t
				join points_ledger l on l.id = t.ledger_id where t.id = ? and in_subtree(l.region_path, ?)""")
			.params(transferId, actor.scope().regionPath())
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
					rs.getObject(6, Long.class) })
			.optional()
			.orElseThrow(() -> new NotFound("points_transfer", transferId));
		Violations v = new Violations();
		String why = v.required("reason", reason, 1000);
		v.throwIfAny();
		if (TransferKind.REVERSAL.name().equals(t[4])) {
			throw Rejected.because("points.rejected.reverseReversal");
		}
		if (this.jdbc.sql("select count(*) from points_transfer where reverses_id = ?").param(transferId)
			.query(Long.class).single() > 0) {
			throw Rejected.because("points.rejected.reversedAlready");
		}
		long ledgerId = (Long) t[0];
		Posted posted = this.ledgers.post(actor, ledgerId, new Posting((Long) t[2], (Long) t[1], (Long) t[3],
				TransferKind.REVERSAL, "reversal:" + transferId, (Long) t[5], transferId, why));
		Ledger ledger = this.ledgers.find(ledgerId);
		this.events.changed(actor, PointsLedger.TYPE, ledgerId, RecordChanged.Action.UPDATE, ledger.regionPath(),
				Map.of("transfer", transferId), Map.of("reversal", posted.id()), why);
		return posted.id();
	}

	/** Posts an award of a rule to a household's account from the rule's issuance account. */
	Posted post(Actor actor, long ledgerId, Rule rule, long holder, long amount, String key, String note) {
		long issuance = this.ledgers.account(ledgerId, AccountKind.ISSUANCE, null, rule.code());
		return this.ledgers.post(actor, ledgerId, new Posting(issuance, holder, amount, TransferKind.AWARD, key,
				rule.id(), null, note));
	}

	/**
	 * What a household may still earn from a rule this month: its cap less what it earned from the rule (any
	 * version) this month and kept (reversed awards do not count).
	 */
	int remainingUnderCap(long holder, Rule rule) {
		if (rule.monthlyCap() == null) {
			return Integer.MAX_VALUE;
		}
		ZoneId zone = this.clock.getZone();
		YearMonth month = YearMonth.now(this.clock);
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		long used = this.jdbc.sql("""
				select coalesce(sum(t.amount), 0) from points_transfer t join points_rule r on r.id = t.rule_id
				where t.credit_account_id = ? and t.kind = 'AWARD' and r.code = ? and r.ledger_id = ?
				  and t.at >= ? and t.at < ?
				  and not exists (select 1 from points_transfer x where x.reverses_id = t.id)""")
			.params(holder, rule.code(), rule.ledgerId(), Timestamp.from(from), Timestamp.from(to))
			.query(Long.class)
			.single();
		return (int) Math.max(0, rule.monthlyCap() - used);
	}

	/** The person named by a form: visible to the actor and living in the ledger's place. */
	private PersonView household(Violations v, Actor actor, Ledger ledger, Long personId) {
		if (personId == null) {
			v.add("personId", "validation.required");
			return null;
		}
		if (!this.people.visible(actor, personId)) {
			throw new NotFound("person", personId);
		}
		PersonView p = this.people.view(actor, personId);
		if (!p.regionPath().startsWith(ledger.regionPath())) {
			v.add("personId", "points.rejected.notOfLedger");
		}
		return p;
	}

	record Pending(long id, long ledgerId, long ruleId, long personId, int points, String note, long askedBy,
			String askedName, String regionPath) {
	}

	private Pending pending(Actor actor, long id) {
		return this.jdbc.sql("""
				select p.*, l.region_path from points_pending p join points_ledger l on l.id = p.ledger_id
				where p.id = ? and p.status = 'PENDING' and in_subtree(l.region_path, ?)""")
			.params(id, actor.scope().regionPath())
			.query((rs, n) -> new Pending(rs.getLong("id"), rs.getLong("ledger_id"), rs.getLong("rule_id"),
					rs.getLong("person_id"), rs.getInt("points"), rs.getString("note"), rs.getLong("asked_by"),
					rs.getString("asked_name"), rs.getString("region_path")))
			.optional()
			.orElseThrow(() -> new NotFound("points_pending", id));
	}

	private void decide(Actor actor, Pending p, PendingStatus status, String refusal, Long transferId) {
		int changed = this.jdbc.sql("""
				update points_pending set status = ?, decided_by = ?, decided_name = ?, decided_at = ?, refusal = ?,
				  transfer_id = ? where id = ? and status = 'PENDING'""")
			.params(status.name(), actor.accountId(), actor.displayName(), Timestamp.from(this.clock.instant()), refusal,
					transferId, p.id())
			.update();
		if (changed == 0) {
			throw Rejected.because("points.rejected.decidedAlready");
		}
		this.events.changed(actor, PointsLedger.TYPE, p.ledgerId(), RecordChanged.Action.UPDATE, p.regionPath(),
				Map.of("pending", p.id()), Map.of("pending", p.id(), "status", status.name()), refusal);
	}

}
