package cn.siwei.points;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.platform.Where;
import cn.siwei.points.PointsTerms.AccountKind;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;

/**
 * The ledgers and their postings. A posting is made only here: under the ledger's row lock (one ledger's postings
 * are numbered and chained one after another; different ledgers post side by side), each checked for its
 * idempotency key (the same key posts once), for the debit account's balance (a household's never goes below
 * zero), numbered, hashed onto the chain, written with both accounts' balances and the ledger's head in the same
 * transaction. Many postings of one ledger go in one lock and one batch ({@link #postAll}).
 */
@Service
public class PointsLedger {

	static final String TYPE = "points_ledger";

	static final String SELECT = """
			select x.*, g.name as region_name from points_ledger x join region g on g.id = x.region_id""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Regions regions;

	private final Events events;

	private final Clock clock;

	PointsLedger(JdbcClient jdbc, JdbcTemplate template, Regions regions, Events events, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
	}

	static Ledger map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Ledger(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_path"),
				rs.getString("region_name"), rs.getString("name"), rs.getObject("expiry_months", Integer.class),
				rs.getLong("seq"), rs.getString("head_hash"));
	}

	/** Opens the ledger of a village or community of the actor's region (one per node). */
	@Transactional
	public long open(Actor actor, Long regionId, String name, Integer expiryMonths) {
		actor.require(PointsPermissions.MANAGE);
		Violations v = new Violations();
		Region region = this.regions.named(v, actor, "regionId", regionId);
		String n = v.required("name", name, 100);
		if (expiryMonths != null && (expiryMonths < 1 || expiryMonths > 120)) {
			v.add("expiryMonths", "points.rejected.expiryMonths");
		}
		if (region != null && this.jdbc.sql("select count(*) from points_ledger where region_id = ?")
			.param(region.id())
			.query(Long.class)
			.single() > 0) {
			v.add("regionId", "points.rejected.ledgerExists");
		}
		v.throwIfAny();
		long id = this.jdbc.sql("""
				insert into points_ledger (region_id, region_path, name, expiry_months, head_hash, created_by, created_at)
				values (?, ?, ?, ?, '', ?, ?) returning id""")
			.params(region.id(), region.path(), n, expiryMonths, actor.accountId(), Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		this.jdbc.sql("update points_ledger set head_hash = ? where id = ?").params(Chain.genesis(id), id).update();
		this.events.created(actor, TYPE, id, region.path(), Map.of("name", n, "expiryMonths",
				expiryMonths == null ? "" : expiryMonths));
		return id;
	}

	/** A ledger of the actor's region, or 404. */
	@Transactional(readOnly = true)
	public Ledger get(Actor actor, long id) {
		return Where.one(this.jdbc, SELECT, "x", actor, id, PointsLedger::map, TYPE);
	}

	/** A ledger regardless of scope, for the platform's own work. */
	Ledger find(long id) {
		return this.jdbc.sql(SELECT + " where x.id = ?").param(id).query(PointsLedger::map).optional()
			.orElseThrow(() -> new NotFound(TYPE, id));
	}

	/** The ledger a place belongs to: the nearest one at or above it, if any. */
	Optional<Ledger> covering(String regionPath) {
		return this.jdbc.sql(SELECT + " where in_subtree(?, x.region_path) order by length(x.region_path) desc limit 1")
			.param(regionPath)
			.query(PointsLedger::map)
			.optional();
	}

	/** The ledger of a person's home: the nearest one at or above where they live, if any. */
	Optional<Ledger> ofPerson(long personId) {
		return this.jdbc.sql("select region_path from person where id = ?")
			.param(personId)
			.query(String.class)
			.optional()
			.flatMap(this::covering);
	}

	/** The account of a ledger of this kind and holder (or name, for the ledger's own), opened on first use. */
	@Transactional
	public long account(long ledgerId, AccountKind kind, Long personId, String name) {
		this.jdbc.sql("""
				insert into points_account (ledger_id, kind, person_id, name) values (?, ?, ?, ?)
				on conflict (ledger_id, kind, coalesce(person_id, 0), name) do nothing""")
			.params(ledgerId, kind.name(), personId, name)
			.update();
		return this.jdbc.sql("""
				select id from points_account where ledger_id = ? and kind = ? and coalesce(person_id, 0) = ? and name = ?""")
			.params(ledgerId, kind.name(), personId == null ? 0L : personId, name)
			.query(Long.class)
			.single();
	}

	/** A household's account in a ledger, opened on first use; it is named by the person's name. */
	@Transactional
	public long holder(long ledgerId, long personId, String personName) {
		Optional<Long> id = this.jdbc.sql("select id from points_account where ledger_id = ? and kind = 'HOLDER' and person_id = ?")
			.params(ledgerId, personId)
			.query(Long.class)
			.optional();
		return id.orElseGet(() -> account(ledgerId, AccountKind.HOLDER, personId, personName));
	}

	/**
	 * What a posting came to.
	 *
	 * @param id the posting (a new one, or the one its key posted before)
	 * @param posted whether it was posted now (false: its key had posted it already)
	 */
	public record Posted(long id, boolean posted) {
	}

	/** Posts one posting (see {@link #postAll}). */
	@Transactional
	public Posted post(Actor actor, long ledgerId, Posting p) {
		return postAll(actor, ledgerId, List.of(p)).get(0);
	}

	/**
	 * Posts postings of one ledger in order, under one lock and one batch: a posting whose key posted before (now or
	 * earlier in the list) is not posted again; a posting that would take a household (or the held account) below
	 * zero refuses the whole list and nothing is posted.
	 *
	 * @throws Rejected {@code points.rejected.balance} when an account would go below zero
	 */
	@Transactional
	public List<Posted> postAll(Actor actor, long ledgerId, List<Posting> postings) {
		var head = this.jdbc.sql("select seq, head_hash from points_ledger where id = ? for update")
			.param(ledgerId)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional()
			.orElseThrow(() -> new NotFound(TYPE, ledgerId));
		long seq = (Long) head[0];
		String prev = (String) head[1];
		List<String> keys = postings.stream().map(Posting::key).toList();
		Map<String, Long> earlier = new HashMap<>();
		this.jdbc.sql("select idempotency_key, id from points_transfer where ledger_id = ? and idempotency_key = any(?)")
			.params(ledgerId, keys.toArray(String[]::new))
			.query(rs -> {
				earlier.put(rs.getString(1), rs.getLong(2));
			});
		Set<Long> accountIds = new HashSet<>();
		postings.forEach(p -> {
			accountIds.add(p.debitAccountId());
			accountIds.add(p.creditAccountId());
		});
		Map<Long, long[]> balances = new HashMap<>();
		Map<Long, String> kinds = new HashMap<>();
		this.jdbc.sql("select id, kind, balance from points_account where ledger_id = ? and id = any(?)")
			.params(ledgerId, accountIds.toArray(Long[]::new))
			.query(rs -> {
				kinds.put(rs.getLong(1), rs.getString(2));
				balances.put(rs.getLong(1), new long[] { rs.getLong(3), 0 });
			});
		Instant at = Chain.kept(this.clock.instant());
		Timestamp ts = Timestamp.from(at);
		// for the figures: the ledger's place, each rule's kind as the category, households' first award of the month
		String place = this.jdbc.sql("select region_path from points_ledger where id = ?").param(ledgerId)
			.query(String.class).single();
		Map<Long, Long> categories = new HashMap<>();
		Long[] ruleIds = postings.stream().map(Posting::ruleId).filter(java.util.Objects::nonNull).distinct()
			.toArray(Long[]::new);
		if (ruleIds.length > 0) {
			this.jdbc.sql("select id, trigger from points_rule where id = any(?)").param(ruleIds).query(rs -> {
				categories.put(rs.getLong(1), PointsTerms.Trigger.valueOf(rs.getString(2)).category());
			});
		}
		java.time.YearMonth month = java.time.YearMonth.from(at.atZone(this.clock.getZone()));
		Set<Long> awardedThisMonth = new HashSet<>();
		this.jdbc.sql("""
				select distinct credit_account_id from points_transfer where ledger_id = ? and kind = 'AWARD' and at >= ?
				  and credit_account_id = any(?)""")
			.params(ledgerId, Timestamp.from(month.atDay(1).atStartOfDay(this.clock.getZone()).toInstant()),
					accountIds.toArray(Long[]::new))
			.query(rs -> {
				awardedThisMonth.add(rs.getLong(1));
			});
		List<Object[]> rows = new ArrayList<>();
		List<Posted> out = new ArrayList<>();
		Map<String, Integer> fresh = new LinkedHashMap<>();
		for (Posting p : postings) {
			if (p.amount() <= 0 || p.debitAccountId() == p.creditAccountId()) {
				throw Rejected.because("points.rejected.posting");
			}
			long[] debit = balances.get(p.debitAccountId());
			long[] credit = balances.get(p.creditAccountId());
			if (debit == null || credit == null) {
				// an account of another ledger, or none
				throw new NotFound("points_account", debit == null ? p.debitAccountId() : p.creditAccountId());
			}
			Long before = earlier.get(p.key());
			if (before != null) {
				out.add(new Posted(before, false));
				continue;
			}
			Integer same = fresh.get(p.key());
			if (same != null) {
				out.add(out.get(same));
				continue;
			}
			String debitKind = kinds.get(p.debitAccountId());
			if (("HOLDER".equals(debitKind) || "HELD".equals(debitKind)) && debit[0] < p.amount()) {
				throw Rejected.because("points.rejected.balance", debit[0], p.amount());
			}
			debit[0] -= p.amount();
			debit[1]++;
			credit[0] += p.amount();
			credit[1]++;
			seq++;
			String hash = Chain.hash(ledgerId, seq, p.debitAccountId(), p.creditAccountId(), p.amount(), p.kind().name(),
					p.key(), p.ruleId(), p.reversesId(), p.reason(), actor.accountId(), at, prev);
			boolean first = p.kind() == PointsTerms.TransferKind.AWARD && awardedThisMonth.add(p.creditAccountId());
			rows.add(new Object[] { ledgerId, seq, p.debitAccountId(), p.creditAccountId(), p.amount(), p.kind().name(),
					p.key(), p.ruleId(), p.reversesId(), p.reason(), actor.accountId(), actor.displayName(), ts, prev,
					hash, place, p.ruleId() == null ? 7L : categories.getOrDefault(p.ruleId(), 7L), first });
			prev = hash;
			fresh.put(p.key(), out.size());
			out.add(null);
		}
		if (rows.isEmpty()) {
			return out;
		}
		this.template.batchUpdate("""
				insert into points_transfer (ledger_id, seq, debit_account_id, credit_account_id, amount, kind,
				  idempotency_key, rule_id, reverses_id, reason, actor_id, actor_name, at, prev_hash, hash, region_path,
				  category_id, first_in_month)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		Long[] ids = new Long[balances.size()];
		Long[] values = new Long[balances.size()];
		Long[] versions = new Long[balances.size()];
		int i = 0;
		for (Map.Entry<Long, long[]> e : balances.entrySet()) {
			ids[i] = e.getKey();
			values[i] = e.getValue()[0];
			versions[i] = e.getValue()[1];
			i++;
		}
		this.jdbc.sql("""
				update points_account a set balance = v.balance, version = a.version + v.n
				from unnest(?::bigint[], ?::bigint[], ?::bigint[]) as v(id, balance, n) where a.id = v.id and v.n > 0""")
			.params(ids, values, versions)
			.update();
		this.jdbc.sql("update points_ledger set seq = ?, head_hash = ? where id = ?").params(seq, prev, ledgerId).update();
		// the ids of what was posted now, in order
		Map<String, Long> posted = new HashMap<>();
		this.jdbc.sql("select idempotency_key, id from points_transfer where ledger_id = ? and idempotency_key = any(?)")
			.params(ledgerId, fresh.keySet().toArray(String[]::new))
			.query(rs -> {
				posted.put(rs.getString(1), rs.getLong(2));
			});
		for (Map.Entry<String, Integer> e : fresh.entrySet()) {
			out.set(e.getValue(), new Posted(posted.get(e.getKey()), true));
		}
		for (int k = 0; k < out.size(); k++) {
			if (out.get(k) == null) {
				// a key repeated in the list points at its first occurrence
				out.set(k, out.get(fresh.get(postings.get(k).key())));
			}
		}
		return out;
	}

}
