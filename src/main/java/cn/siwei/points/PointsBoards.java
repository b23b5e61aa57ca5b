package cn.siwei.points;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.points.PointsTerms.Trigger;

/**
 * The red and black list (红黑榜) of a month: computed from the month's sheet scores (the ledger's top households on
 * the red list; those below its share of full marks on the black list), open for objections until its window
 * closes (a household, or staff for it, objects with a reason; staff uphold or dismiss each, an upheld objection
 * takes the household off the list), then published: the publication is a record of what was shown and when, and
 * no longer changes.
 */
@Service
public class PointsBoards {

	private final JdbcClient jdbc;

	private final PointsLedger ledgers;

	private final PointsRules rules;

	private final Events events;

	private final Clock clock;

	PointsBoards(JdbcClient jdbc, PointsLedger ledgers, PointsRules rules, Events events, Clock clock) {
		this.jdbc = jdbc;
		this.ledgers = ledgers;
		this.rules = rules;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A household on a list.
	 *
	 * @param personId the household's registered person
	 * @param name their name
	 * @param list RED or BLACK
	 * @param score their month's sheet score
	 * @param rank their place by score
	 * @param withdrawn taken off after an upheld objection
	 */
	public record Entry(long personId, String name, String list, int score, int rank, boolean withdrawn) {
	}

	/**
	 * An objection to a list.
	 *
	 * @param id its number
	 * @param personId the household
	 * @param name their name
	 * @param reason why
	 * @param status OPEN, UPHELD or DISMISSED
	 * @param answer the answer given
	 */
	public record Objection(long id, long personId, String name, String reason, String status, String answer) {
	}

	/**
	 * A month's list.
	 *
	 * @param id its number
	 * @param ledgerId its ledger
	 * @param month the month
	 * @param status OBJECTION or PUBLISHED
	 * @param fullMarks the sheet's full marks that month
	 * @param windowEnds the last day for objections
	 * @param publishedName who published it
	 * @param publishedAt when
	 * @param entries the households on it
	 * @param objections the objections raised
	 */
	public record Board(long id, long ledgerId, YearMonth month, String status, int fullMarks, LocalDate windowEnds,
			String publishedName, Instant publishedAt, List<Entry> entries, List<Objection> objections) {

		public boolean published() {
			return "PUBLISHED".equals(this.status);
		}

	}

	/**
	 * Computes (or, while objections are open, computes again) a month's list of a ledger of the actor's region and
	 * opens its objection window.
	 */
	@Transactional
	public long compute(Actor actor, long ledgerId, YearMonth month) {
		actor.require(PointsPermissions.MANAGE);
		Ledger ledger = this.ledgers.get(actor, ledgerId);
		YearMonth now = YearMonth.now(this.clock);
		if (month == null || month.isAfter(now) || month.isBefore(now.minusMonths(2))) {
			throw Rejected.field("month", "points.rejected.boardMonth");
		}
		var settings = this.jdbc.sql("select red_top, black_below_percent, objection_days from points_ledger where id = ?")
			.param(ledgerId).query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3) }).single();
		int fullMarks = this.rules.inForce(ledgerId, Trigger.SHEET).stream().mapToInt(Rule::points).sum();
		if (fullMarks == 0) {
			throw Rejected.because("points.rejected.noSheetRules");
		}
		Long existing = this.jdbc.sql("select id from points_board where ledger_id = ? and month = ?")
			.params(ledgerId, Date.valueOf(month.atDay(1))).query(Long.class).optional().orElse(null);
		if (existing != null && "PUBLISHED".equals(this.jdbc.sql("select status from points_board where id = ?")
			.param(existing).query(String.class).single())) {
			throw Rejected.because("points.rejected.published");
		}
		LocalDate windowEnds = LocalDate.now(this.clock).plusDays(settings[2]);
		long id;
		if (existing == null) {
			id = this.jdbc.sql("""
					insert into points_board (ledger_id, month, status, full_marks, window_ends, computed_by, computed_at)
					values (?, ?, 'OBJECTION', ?, ?, ?, ?) returning id""")
				.params(ledgerId, Date.valueOf(month.atDay(1)), fullMarks, Date.valueOf(windowEnds), actor.accountId(),
						Timestamp.from(this.clock.instant()))
				.query(Long.class).single();
		}
		else {
			id = existing;
			this.jdbc.sql("delete from points_board_entry where board_id = ?").param(id).update();
			this.jdbc.sql("""
					update points_board set full_marks = ?, window_ends = ?, computed_by = ?, computed_at = ? where id = ?""")
				.params(fullMarks, Date.valueOf(windowEnds), actor.accountId(), Timestamp.from(this.clock.instant()), id)
				.update();
		}
		ZoneId zone = this.clock.getZone();
		List<Object[]> scores = this.jdbc.sql("""
				select a.person_id, a.name, sum(t.amount)::int as score from points_transfer t
				join points_account a on a.id = t.credit_account_id join points_rule r on r.id = t.rule_id
				where t.ledger_id = ? and t.kind = 'AWARD' and r.trigger = 'SHEET' and t.at >= ? and t.at < ?
				  and not exists (select 1 from points_transfer x where x.reverses_id = t.id)
				group by a.person_id, a.name order by score desc, a.name""")
			.params(ledgerId, Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()),
					Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getInt(3) })
			.list();
		int blackBelow = fullMarks * settings[1];
		int rank = 0;
		int previous = Integer.MIN_VALUE;
		int redCut = scores.size() >= settings[0] ? (Integer) scores.get(settings[0] - 1)[2] : Integer.MIN_VALUE;
		for (int i = 0; i < scores.size(); i++) {
			Object[] s = scores.get(i);
			int score = (Integer) s[2];
			if (score != previous) {
				rank = i + 1;
				previous = score;
			}
			String list = score * 100 < blackBelow ? "BLACK" : score >= redCut ? "RED" : null;
			if (list != null) {
				this.jdbc.sql("""
						insert into points_board_entry (board_id, person_id, name, list, score, rank) values (?, ?, ?, ?, ?, ?)""")
					.params(id, s[0], s[1], list, score, rank).update();
			}
		}
		this.events.changed(actor, PointsLedger.TYPE, ledgerId, RecordChanged.Action.UPDATE, ledger.regionPath(),
				Map.of(), Map.of("board", id, "month", month.toString(), "windowEnds", windowEnds.toString()), null);
		return id;
	}

	/**
	 * A household objects to its place on a list, with the reason, while the window is open: the household
	 * itself (a resident whose account is that person) or staff for it.
	 */
	@Transactional
	public long object(Actor actor, long boardId, long personId, String reason) {
		Board b = find(boardId);
		boolean self = actor.personId() != null && actor.personId() == personId;
		if (!self) {
			actor.require(PointsPermissions.MANAGE);
			this.ledgers.get(actor, b.ledgerId());
		}
		Violations v = new Violations();
		String why = v.required("reason", reason, 1000);
		v.throwIfAny();
		if (b.published() || LocalDate.now(this.clock).isAfter(b.windowEnds())) {
			throw Rejected.because("points.rejected.windowClosed");
		}
		if (b.entries().stream().noneMatch(e -> e.personId() == personId)) {
			throw Rejected.because("points.rejected.notOnBoard");
		}
		if (this.jdbc.sql("select count(*) from points_objection where board_id = ? and person_id = ?")
			.params(boardId, personId).query(Long.class).single() > 0) {
			throw Rejected.because("points.rejected.objectedAlready");
		}
		return this.jdbc.sql("""
				insert into points_objection (board_id, person_id, reason, status, raised_by, raised_name, raised_at,
				    region_path, list)
				select e.board_id, e.person_id, ?, 'OPEN', ?, ?, ?, l.region_path, e.list from points_board_entry e
				join points_board b on b.id = e.board_id join points_ledger l on l.id = b.ledger_id
				where e.board_id = ? and e.person_id = ? returning id""")
			.params(why, actor.accountId(), actor.displayName(), Timestamp.from(this.clock.instant()), boardId, personId)
			.query(Long.class).single();
	}

	/** Staff answer an objection: upheld (the household comes off the list) or dismissed, with the answer. */
	@Transactional
	public void decide(Actor actor, long objectionId, boolean upheld, String answer) {
		actor.require(PointsPermissions.MANAGE);
		var o = this.jdbc.sql("select board_id, person_id, status from points_objection where id = ?").param(objectionId)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3) }).optional()
			.orElseThrow(() -> new NotFound("points_objection", objectionId));
		Board b = find((Long) o[0]);
		Ledger ledger = this.ledgers.get(actor, b.ledgerId());
		Violations v = new Violations();
		String a = v.required("answer", answer, 1000);
		v.throwIfAny();
		if (b.published()) {
			throw Rejected.because("points.rejected.published");
		}
		int changed = this.jdbc.sql("""
				update points_objection set status = ?, decided_by = ?, decided_name = ?, decided_at = ?, answer = ?
				where id = ? and status = 'OPEN'""")
			.params(upheld ? "UPHELD" : "DISMISSED", actor.accountId(), actor.displayName(),
					Timestamp.from(this.clock.instant()), a, objectionId)
			.update();
		if (changed == 0) {
			throw Rejected.because("points.rejected.decidedAlready");
		}
		if (upheld) {
			this.jdbc.sql("update points_board_entry set withdrawn = true where board_id = ? and person_id = ?")
				.params(o[0], o[1]).update();
		}
		this.events.changed(actor, PointsLedger.TYPE, b.ledgerId(), RecordChanged.Action.UPDATE, ledger.regionPath(),
				Map.of("objection", objectionId), Map.of("objection", objectionId, "upheld", upheld), a);
	}

	/** Publishes a list once its objection window has closed and every objection is answered. */
	@Transactional
	public void publish(Actor actor, long boardId) {
		actor.require(PointsPermissions.MANAGE);
		Board b = find(boardId);
		Ledger ledger = this.ledgers.get(actor, b.ledgerId());
		if (b.published()) {
			throw Rejected.because("points.rejected.published");
		}
		if (!LocalDate.now(this.clock).isAfter(b.windowEnds())) {
			throw Rejected.because("points.rejected.windowOpen", b.windowEnds());
		}
		if (b.objections().stream().anyMatch(o -> "OPEN".equals(o.status()))) {
			throw Rejected.because("points.rejected.objectionsOpen");
		}
		this.jdbc.sql("""
				update points_board set status = 'PUBLISHED', published_by = ?, published_name = ?, published_at = ?
				where id = ? and status = 'OBJECTION'""")
			.params(actor.accountId(), actor.displayName(), Timestamp.from(this.clock.instant()), boardId).update();
		this.events.changed(actor, PointsLedger.TYPE, b.ledgerId(), RecordChanged.Action.UPDATE, ledger.regionPath(),
				Map.of("board", boardId, "status", "OBJECTION"), Map.of("board", boardId, "status", "PUBLISHED"), null);
	}

	/** A list of a ledger of the actor's region (staff), or of the resident's own ledger (published, or their own line). */
	@Transactional(readOnly = true)
	public Board get(Actor actor, long boardId) {
		Board b = find(boardId);
		if (actor.can(PointsPermissions.VIEW)) {
			this.ledgers.get(actor, b.ledgerId());
			return b;
		}
		if (actor.can(PointsPermissions.OWN) && actor.personId() != null) {
			var ledger = this.ledgers.ofPerson(actor.personId());
			if (ledger.isPresent() && ledger.get().id() == b.ledgerId()) {
				// a published list is public; an open one shows them their own line; objections are their own only
				long own = actor.personId();
				return new Board(b.id(), b.ledgerId(), b.month(), b.status(), b.fullMarks(), b.windowEnds(),
						b.publishedName(), b.publishedAt(),
						b.published() ? b.entries() : b.entries().stream().filter(e -> e.personId() == own).toList(),
						b.objections().stream().filter(o -> o.personId() == own).toList());
			}
			throw new NotFound("points_board", boardId);
		}
		throw new AccessDenied(PointsPermissions.VIEW);
	}

	/** The lists of a ledger, newest first (ids and months). */
	@Transactional(readOnly = true)
	public List<Board> of(long ledgerId) {
		List<Board> out = new ArrayList<>();
		this.jdbc.sql("select id from points_board where ledger_id = ? order by month desc limit 12").param(ledgerId)
			.query(Long.class).list().forEach(id -> out.add(find(id)));
		return out;
	}

	Board find(long id) {
		var head = this.jdbc.sql("select * from points_board where id = ?").param(id)
			.query((rs, n) -> new Object[] { rs.getLong("ledger_id"), rs.getDate("month").toLocalDate(),
					rs.getString("status"), rs.getInt("full_marks"), rs.getDate("window_ends").toLocalDate(),
					rs.getString("published_name"), rs.getTimestamp("published_at") })
			.optional().orElseThrow(() -> new NotFound("points_board", id));
		List<Entry> entries = this.jdbc.sql("""
				select person_id, name, list, score, rank, withdrawn from points_board_entry where board_id = ?
				order by list desc, rank, name""")
			.param(id)
			.query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
					rs.getBoolean(6)))
			.list();
		List<Objection> objections = this.jdbc.sql("""
				select o.id, o.person_id, e.name, o.reason, o.status, o.answer from points_objection o
				left join points_board_entry e on e.board_id = o.board_id and e.person_id = o.person_id
				where o.board_id = ? order by o.id""")
			.param(id)
			.query((rs, n) -> new Objection(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list();
		Timestamp published = (Timestamp) head[6];
		return new Board(id, (Long) head[0], YearMonth.from((LocalDate) head[1]), (String) head[2], (Integer) head[3],
				(LocalDate) head[4], (String) head[5], published == null ? null : published.toInstant(), entries,
				objections);
	}

}
