package cn.siwei.points;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.platform.Page;
import cn.siwei.points.PointsTerms.AccountKind;
import cn.siwei.points.PointsTerms.PendingStatus;
import cn.siwei.points.PointsTerms.TransferKind;

/** Reads of the points ledgers: for staff, the ledgers of their region; for a resident, their own account. */
@Service
public class PointsQueries {

	private static final String TRANSFERS = """
			select t.*, d.name as debit_name, c.name as credit_name, r.name as rule_name,
			  (select x.id from points_transfer x where x.reverses_id = t.id) as reversed_by
			from points_transfer t join points_account d on d.id = t.debit_account_id
			join points_account c on c.id = t.credit_account_id left join points_rule r on r.id = t.rule_id""";

	private final JdbcClient jdbc;

	private final PointsLedger ledgers;

	private final PointsRules rules;

	private final Clock clock;

	private final org.springframework.context.MessageSource messages;

	PointsQueries(JdbcClient jdbc, PointsLedger ledgers, PointsRules rules, Clock clock,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.jdbc = jdbc;
		this.ledgers = ledgers;
		this.rules = rules;
		this.clock = clock;
	}

	static Transfer transfer(ResultSet rs, int n) throws SQLException {
		return new Transfer(rs.getLong("id"), rs.getLong("ledger_id"), rs.getLong("seq"), rs.getLong("debit_account_id"),
				rs.getString("debit_name"), rs.getLong("credit_account_id"), rs.getString("credit_name"),
				rs.getLong("amount"), TransferKind.valueOf(rs.getString("kind")), rs.getString("idempotency_key"),
				rs.getObject("rule_id", Long.class), rs.getString("rule_name"), rs.getObject("reverses_id", Long.class),
				rs.getObject("reversed_by", Long.class), rs.getString("reason"), rs.getString("actor_name"),
				rs.getTimestamp("at").toInstant(), rs.getString("hash"));
	}

	static Account account(ResultSet rs, int n) throws SQLException {
		return new Account(rs.getLong("id"), rs.getLong("ledger_id"), AccountKind.valueOf(rs.getString("kind")),
				rs.getObject("person_id", Long.class), rs.getString("name"), rs.getLong("balance"));
	}

	/** The ledgers of the actor's region. */
	@Transactional(readOnly = true)
	public List<Ledger> ledgers(Actor actor) {
		actor.require(PointsPermissions.VIEW);
		return this.jdbc.sql(PointsLedger.SELECT + " where in_subtree(x.region_path, ?) order by x.region_path")
			.param(actor.scope().regionPath())
			.query(PointsLedger::map)
			.list();
	}

	/** A ledger of the actor's region. */
	@Transactional(readOnly = true)
	public Ledger ledger(Actor actor, long id) {
		actor.require(PointsPermissions.VIEW);
		return this.ledgers.get(actor, id);
	}

	/** The households' accounts of a ledger, highest balance first. */
	@Transactional(readOnly = true)
	public Page<Account> holders(Actor actor, long ledgerId, int page, int size) {
		return holders(actor, ledgerId, null, page, size);
	}

	/** The households' accounts of a ledger whose name holds {@code search} (all when blank), highest balance first. */
	@Transactional(readOnly = true)
	public Page<Account> holders(Actor actor, long ledgerId, String search, int page, int size) {
		ledger(actor, ledgerId);
		String like = search == null || search.isBlank() ? "%"
				: "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		long total = this.jdbc.sql("select count(*) from points_account where ledger_id = ? and kind = 'HOLDER' and name like ?")
			.params(ledgerId, like).query(Long.class).single();
		List<Account> items = this.jdbc.sql("""
				select * from points_account where ledger_id = ? and kind = 'HOLDER' and name like ?
				order by balance desc, name, id limit ? offset ?""")
			.params(ledgerId, like, size, Page.offset(page, size))
			.query(PointsQueries::account)
			.list();
		return new Page<>(items, page, size, total);
	}

	/** The ledger's own accounts (issuance by rule, held, stores, expired). */
	@Transactional(readOnly = true)
	public List<Account> own(Actor actor, long ledgerId) {
		ledger(actor, ledgerId);
		return this.jdbc.sql("select * from points_account where ledger_id = ? and kind <> 'HOLDER' order by kind, name")
			.param(ledgerId)
			.query(PointsQueries::account)
			.list();
	}

	/** A ledger's postings, newest first. */
	@Transactional(readOnly = true)
	public Page<Transfer> transfers(Actor actor, long ledgerId, int page, int size) {
		Ledger l = ledger(actor, ledgerId);
		List<Transfer> items = this.jdbc.sql(TRANSFERS + " where t.ledger_id = ? order by t.seq desc limit ? offset ?")
			.params(ledgerId, size, Page.offset(page, size))
			.query(PointsQueries::transfer)
			.list();
		return new Page<>(items, page, size, l.seq());
	}

	/**
	 * What a list of postings is narrowed to (a figure's drill-down).
	 *
	 * @param regionPath a node inside the reader's region, or null for all of it
	 * @param figure the figure whose postings these are, or null
	 * @param category the kind of rule (1–7), or null
	 * @param kind the kind of posting, or null
	 * @param from the first day, or null
	 * @param to the last day, or null
	 */
	public record Filter(String regionPath, PointsFigure figure, Long category, TransferKind kind, LocalDate from,
			LocalDate to) {
	}

	/** The postings of the reader's region that a figure counts, newest first. */
	@Transactional(readOnly = true)
	public Page<Transfer> postings(Actor actor, Filter f, int page, int size) {
		actor.require(PointsPermissions.VIEW);
		cn.siwei.platform.Where w = cn.siwei.platform.Where.under(actor, "t", f.regionPath())
			.equal("category_id", f.category())
			.equal("channel", f.kind())
			.condition(f.figure() == null ? null : f.figure().condition().replace("x.", "t."))
			.days(f.from(), f.to(), this.clock.getZone());
		long total = this.jdbc.sql("select count(*) from points_transfer t" + w.sql()).params(w.params())
			.query(Long.class).single();
		List<Transfer> items = this.jdbc.sql(TRANSFERS + w.sql() + " order by t.at desc, t.id desc offset :offset limit :limit")
			.params(w.params())
			.param("offset", Page.offset(page, size))
			.param("limit", size)
			.query(PointsQueries::transfer)
			.list();
		return new Page<>(items, page, size, total);
	}

	/**
	 * An objection to a red or black list, as the figures' drill-down lists it.
	 *
	 * @param id its number
	 * @param boardId the list
	 * @param ledgerId the ledger
	 * @param ledgerName the ledger's name
	 * @param month the list's month
	 * @param personName the household
	 * @param list RED or BLACK: the list it was on
	 * @param reason why it objected
	 * @param status OPEN, UPHELD or DISMISSED
	 * @param raisedName who raised it
	 * @param raisedAt when
	 * @param decidedName who answered, or null
	 * @param answer the answer, or null
	 */
	public record ObjectionRow(long id, long boardId, long ledgerId, String ledgerName, LocalDate month,
			String personName, String list, String reason, String status, String raisedName, Instant raisedAt,
			String decidedName, String answer) {
	}

	/**
	 * What a list of objections is narrowed to (a figure's drill-down).
	 *
	 * @param regionPath a node inside the reader's region, or null for all of it
	 * @param figure the figure whose objections these are, or null
	 * @param category 1 black list, 2 red list, or null
	 * @param status OPEN, UPHELD or DISMISSED, or null
	 * @param from the first day raised, or null
	 * @param to the last day raised, or null
	 */
	public record ObjectionFilter(String regionPath, PointsObjectionFigure figure, Long category, String status,
			LocalDate from, LocalDate to) {
	}

	/** The objections of the reader's region that a figure counts, newest first. */
	@Transactional(readOnly = true)
	public Page<ObjectionRow> objections(Actor actor, ObjectionFilter f, int page, int size) {
		actor.require(PointsPermissions.VIEW);
		cn.siwei.platform.Where w = cn.siwei.platform.Where.under(actor, "o", f.regionPath())
			.equal("category_id", f.category())
			.equal("channel", f.status())
			.condition(f.figure() == null ? null : f.figure().condition().replace("x.", "o."))
			.days(f.from(), f.to(), this.clock.getZone());
		long total = this.jdbc.sql("select count(*) from points_objection o" + w.sql()).params(w.params())
			.query(Long.class).single();
		List<ObjectionRow> items = this.jdbc.sql("""
				select o.id, o.board_id, b.ledger_id, l.name, b.month, p.name, o.list, o.reason, o.status, o.raised_name,
				       o.raised_at, o.decided_name, o.answer
				from points_objection o join points_board b on b.id = o.board_id
				join points_ledger l on l.id = b.ledger_id join person p on p.id = o.person_id"""
				+ w.sql() + " order by o.raised_at desc, o.id desc offset :offset limit :limit")
			.params(w.params())
			.param("offset", Page.offset(page, size))
			.param("limit", size)
			.query((rs, n) -> new ObjectionRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant(), rs.getString(12),
					rs.getString(13)))
			.list();
		return new Page<>(items, page, size, total);
	}

	/** A posting of a ledger (the ledger already checked against the reader's region), or 404. */
	Transfer transfer(long ledgerId, long transferId) {
		return this.jdbc.sql(TRANSFERS + " where t.ledger_id = ? and t.id = ?")
			.params(ledgerId, transferId)
			.query(PointsQueries::transfer)
			.optional()
			.orElseThrow(() -> new cn.siwei.platform.NotFound("points_transfer", transferId));
	}

	/**
	 * An award waiting for approval.
	 *
	 * @param id its number
	 * @param ruleName the rule
	 * @param personName the household
	 * @param points how many
	 * @param note why
	 * @param askedName who asked
	 * @param askedAt when
	 * @param status where it stands
	 */
	public record Pending(long id, String ruleName, String personName, int points, String note, String askedName,
			Instant askedAt, PendingStatus status) {
	}

	/** The awards of a ledger waiting for a second person's approval. */
	@Transactional(readOnly = true)
	public List<Pending> pending(Actor actor, long ledgerId) {
		ledger(actor, ledgerId);
		return this.jdbc.sql("""
				select p.id, r.name as rule_name, x.name as person_name, p.points, p.note, p.asked_name, p.asked_at, p.status
				from points_pending p join points_rule r on r.id = p.rule_id join person x on x.id = p.person_id
				where p.ledger_id = ? and p.status = 'PENDING' order by p.id""")
			.param(ledgerId)
			.query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
					rs.getString(6), rs.getTimestamp(7).toInstant(), PendingStatus.valueOf(rs.getString(8))))
			.list();
	}

	/**
	 * A month's published digest of a ledger.
	 *
	 * @param month the month (its first day)
	 * @param seq the number of its last posting
	 * @param hash that posting's hash
	 * @param publishedAt when it was published
	 */
	public record Digest(LocalDate month, long seq, String hash, Instant publishedAt) {
	}

	/** The ledger's monthly digests, newest first. */
	@Transactional(readOnly = true)
	public List<Digest> digests(Actor actor, long ledgerId) {
		ledger(actor, ledgerId);
		return digests(ledgerId);
	}

	List<Digest> digests(long ledgerId) {
		return this.jdbc.sql("select month, seq, hash, published_at from points_digest where ledger_id = ? order by month desc limit 24")
			.param(ledgerId)
			.query((rs, n) -> new Digest(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/**
	 * A resident's own points: their account in the ledger of their home, its postings and the rules in force.
	 *
	 * @param ledger the ledger, or null when none covers their home
	 * @param accountId their account, or null before their first points
	 * @param balance their balance
	 * @param history their postings, newest first
	 * @param rules the rules in force
	 * @param digests the ledger's published digests
	 */
	public record Mine(Ledger ledger, Long accountId, long balance, Page<Transfer> history, List<Rule> rules, List<Digest> digests) {
	}

	/** The actor's own points (a resident's, through the person their account is). */
	@Transactional(readOnly = true)
	public Mine mine(Actor actor, int page, int size) {
		actor.require(PointsPermissions.OWN);
		if (actor.personId() == null) {
			return new Mine(null, null, 0, new Page<>(List.of(), 0, size, 0), List.of(), List.of());
		}
		Optional<Ledger> ledger = this.ledgers.ofPerson(actor.personId());
		if (ledger.isEmpty()) {
			return new Mine(null, null, 0, new Page<>(List.of(), 0, size, 0), List.of(), List.of());
		}
		long id = ledger.get().id();
		Optional<Long> account = this.jdbc.sql("select id from points_account where ledger_id = ? and kind = 'HOLDER' and person_id = ?")
			.params(id, actor.personId()).query(Long.class).optional();
		long balance = account.map(a -> this.jdbc.sql("select balance from points_account where id = ?").param(a)
			.query(Long.class).single()).orElse(0L);
		Page<Transfer> history = account.map(a -> {
			long total = this.jdbc.sql("select count(*) from points_transfer where debit_account_id = ? or credit_account_id = ?")
				.params(a, a).query(Long.class).single();
			return new Page<>(this.jdbc.sql(TRANSFERS
					+ " where t.debit_account_id = ? or t.credit_account_id = ? order by t.seq desc limit ? offset ?")
				.params(a, a, size, Page.offset(page, size))
				.query(PointsQueries::transfer)
				.list(), page, size, total);
		}).orElse(new Page<>(List.of(), 0, size, 0));
		return new Mine(ledger.get(), account.orElse(null), balance, history, this.rules.inForce(id, (PointsTerms.Trigger) null), digests(id));
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	String message(String key, java.util.Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
