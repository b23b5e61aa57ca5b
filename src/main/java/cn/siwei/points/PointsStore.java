package cn.siwei.points;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.people.People;
import cn.siwei.people.PersonView;
import cn.siwei.platform.Bindings;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.points.PointsTerms.AccountKind;
import cn.siwei.points.PointsTerms.TransferKind;
import cn.siwei.platform.SweepLock;

/**
 * The points store (积分超市): a ledger's catalogue with stock, and redemptions in two phases, as TigerBeetle's
 * pending transfers: redeeming holds the points (the household's account to the held account) and takes one from
 * stock; the store scans the redemption's code when the goods are handed over and the held points go to the store;
 * a cancelled (or, after a week, lapsed) redemption releases them and returns the stock. One click redeems once
 * (the form's key); a household never goes below zero.
 */
@Service
public class PointsStore {

	static final String STORE = "积分超市";

	/** A hold not collected within this lapses and its points are released. */
	static final Duration HOLD = Duration.ofDays(7);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final PointsLedger ledgers;

	private final People people;

	private final Events events;

	private final Clock clock;

	private final Bindings bindings;

	PointsStore(JdbcClient jdbc, PointsLedger ledgers, People people, Events events, Clock clock, Bindings bindings) {
		this.bindings = bindings;
		this.jdbc = jdbc;
		this.ledgers = ledgers;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * An item of the catalogue.
	 *
	 * @param id its number
	 * @param name what it is
	 * @param points what it costs
	 * @param stock how many are left
	 */
	public record Item(long id, String name, int points, int stock, Long storeId, String storeName) {

		/** Where it is collected: a merchant's name, or null for the ledger's own store. */
		public String where() {
			return this.storeName;
		}

	}

	/**
	 * A merchant of a ledger (商户): a shop where residents spend points, with its own account in the ledger.
	 *
	 * @param id its number
	 * @param ledgerId its ledger
	 * @param ledgerName the ledger's name
	 * @param name the shop's name (its account's)
	 * @param organisationId the organisation whose merchant accounts scan its codes, or null (staff scan)
	 * @param received the points collected there so far (its account's balance)
	 * @param held redemptions waiting to be collected there
	 */
	public record Store(long id, long ledgerId, String ledgerName, String name, Long organisationId, long received,
			long held) {
	}

	/** A redemption collected at a merchant, as the merchant sees it: no household's name, only what was handed over. */
	public record Collected(long id, String storeName, String itemName, int points, Instant settledAt,
			String settledName) {
	}

	/**
	 * Adds a merchant to a ledger of the actor's region: its name and, when it has merchant accounts of its own, its
	 * organisation (of the actor's region).
	 */
	@Transactional
	public long addStore(Actor actor, long ledgerId, String name, Long organisationId) {
		actor.require(PointsPermissions.MANAGE);
		Ledger ledger = this.ledgers.get(actor, ledgerId);
		Violations v = new Violations();
		String n = v.required("storeName", name, 100);
		if (STORE.equals(n)) {
			v.add("storeName", "points.rejected.storeTaken");
		}
		this.bindings.inScope(v, actor, "organisationId", Bindings.ORGANISATION, organisationId);
		v.throwIfAny();
		if (this.jdbc.sql("select count(*) from points_store where ledger_id = ? and name = ?").params(ledgerId, n)
			.query(Long.class).single() > 0) {
			throw Rejected.field("storeName", "points.rejected.storeTaken");
		}
		long id = this.jdbc.sql("""
				insert into points_store (ledger_id, name, organisation_id, created_by, created_at) values (?, ?, ?, ?, ?)
				returning id""")
			.params(ledgerId, n, organisationId, actor.accountId(), Timestamp.from(this.clock.instant()))
			.query(Long.class).single();
		this.ledgers.account(ledgerId, AccountKind.STORE, null, n);
		Map<String, Object> after = new java.util.LinkedHashMap<>();
		after.put("store", id);
		after.put("name", n);
		after.put("organisationId", organisationId);
		this.events.changed(actor, PointsLedger.TYPE, ledgerId, RecordChanged.Action.UPDATE, ledger.regionPath(),
				Map.of(), after, null);
		return id;
	}

	private static final String STORES = """
			select s.id, s.ledger_id, l.name, s.name, s.organisation_id, coalesce(a.balance, 0),
			       (select count(*) from points_redemption r where r.store_id = s.id and r.status = 'HELD')
			from points_store s join points_ledger l on l.id = s.ledger_id
			left join points_account a on a.ledger_id = s.ledger_id and a.kind = 'STORE' and a.person_id is null and a.name = s.name
			""";

	private static Store store(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Store(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				(Long) rs.getObject(5, Long.class), rs.getLong(6), rs.getLong(7));
	}

	/** The merchants of a ledger. */
	@Transactional(readOnly = true)
	public List<Store> stores(long ledgerId) {
		return this.jdbc.sql(STORES + " where s.ledger_id = ? and s.active order by s.name").param(ledgerId)
			.query(PointsStore::store).list();
	}

	/** The merchants a merchant account acts for: those of its organisation. */
	@Transactional(readOnly = true)
	public List<Store> ownStores(Actor actor) {
		if (!actor.can(PointsPermissions.SHOP) || actor.organisationId() == null) {
			return List.of();
		}
		return this.jdbc.sql(STORES + " where s.organisation_id = ? and s.active order by l.name, s.name")
			.param(actor.organisationId()).query(PointsStore::store).list();
	}

	/** The latest redemptions collected at the merchant account's own stores. */
	@Transactional(readOnly = true)
	public List<Collected> collectedAtOwn(Actor actor) {
		if (!actor.can(PointsPermissions.SHOP) || actor.organisationId() == null) {
			return List.of();
		}
		return this.jdbc.sql("""
				select r.id, s.name, i.name, r.points, r.settled_at, r.settled_name from points_redemption r
				join points_store s on s.id = r.store_id join points_item i on i.id = r.item_id
				where s.organisation_id = ? and r.status = 'COLLECTED' order by r.settled_at desc, r.id desc limit 50""")
			.param(actor.organisationId())
			.query((rs, n) -> new Collected(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getTimestamp(5).toInstant(), rs.getString(6)))
			.list();
	}

	/**
	 * A redemption.
	 *
	 * @param id its number
	 * @param itemName the item
	 * @param personName the household
	 * @param points what it costs
	 * @param status HELD, COLLECTED or CANCELLED
	 * @param token the code the store scans
	 * @param createdAt when it was redeemed
	 * @param storeId the merchant it is collected at, or null for the ledger's own store
	 */
	public record Redemption(long id, String itemName, String personName, int points, String status, String token,
			Instant createdAt, Long storeId) {

		/** The page the store's scan of its QR opens: a merchant's for an item sold there, else the ledger's store. */
		public String scanPath() {
			return (this.storeId == null ? "/points/collect?token=" : "/points/shop?token=") + this.token;
		}

	}

	/** Adds an item of the ledger's own store to its catalogue. */
	@Transactional
	public long addItem(Actor actor, long ledgerId, String name, Integer points, Integer stock) {
		return addItem(actor, ledgerId, name, points, stock, null);
	}

	/** Adds an item to the catalogue of a ledger of the actor's region, sold at a merchant of the ledger or (null) its own store. */
	@Transactional
	public long addItem(Actor actor, long ledgerId, String name, Integer points, Integer stock, Long storeId) {
		actor.require(PointsPermissions.MANAGE);
		Ledger ledger = this.ledgers.get(actor, ledgerId);
		Violations v = new Violations();
		String n = v.required("itemName", name, 100);
		if (points == null || points < 1 || points > 100_000) {
			v.add("itemPoints", "points.rejected.itemPoints");
		}
		if (stock == null || stock < 0 || stock > 100_000) {
			v.add("stock", "points.rejected.stock");
		}
		if (storeId != null && this.jdbc.sql("select count(*) from points_store where id = ? and ledger_id = ? and active")
			.params(storeId, ledgerId).query(Long.class).single() == 0) {
			v.add("storeId", "points.rejected.store");
		}
		v.throwIfAny();
		long id = this.jdbc.sql("""
				insert into points_item (ledger_id, name, points, stock, store_id, created_at) values (?, ?, ?, ?, ?, ?)
				returning id""")
			.params(ledgerId, n, points, stock, storeId, Timestamp.from(this.clock.instant())).query(Long.class).single();
		this.events.changed(actor, PointsLedger.TYPE, ledgerId, RecordChanged.Action.UPDATE, ledger.regionPath(),
				Map.of(), Map.of("item", id, "name", n, "points", points, "stock", stock), null);
		return id;
	}

	/** The catalogue of a ledger. */
	@Transactional(readOnly = true)
	public List<Item> items(long ledgerId) {
		return this.jdbc.sql("""
				select i.id, i.name, i.points, i.stock, i.store_id, s.name from points_item i
				left join points_store s on s.id = i.store_id where i.ledger_id = ? and i.active order by i.points, i.name""")
			.param(ledgerId)
			.query((rs, n) -> new Item(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
					(Long) rs.getObject(5, Long.class), rs.getString(6)))
			.list();
	}

	/**
	 * Redeems an item: a resident for their own household, or staff for a household of the ledger's place.
	 *
	 * @return the redemption (the one this form made before, when it is sent again)
	 * @throws Rejected when out of stock or the household has too few points (nothing changes)
	 */
	@Transactional
	public long redeem(Actor actor, long ledgerId, long itemId, Long personId, String formKey) {
		boolean forSelf = personId == null || actor.personId() != null && actor.personId().equals(personId);
		if (!forSelf) {
			// staff for a household: the ledger's place is checked before anything else is said
			actor.require(PointsPermissions.MANAGE);
			this.ledgers.get(actor, ledgerId);
			if (personId < 0) {
				throw Rejected.field("personId", "validation.required");
			}
		}
		Ledger ledger = this.ledgers.find(ledgerId);
		long person = whose(actor, ledger, personId);
		String key = "redeem:" + (formKey == null || formKey.isBlank() ? UUID.randomUUID() : formKey.strip());
		if (key.length() > 200) {
			throw Rejected.because("points.rejected.posting");
		}
		Long earlier = this.jdbc.sql("select id from points_redemption where ledger_id = ? and form_key = ?")
			.params(ledgerId, key).query(Long.class).optional().orElse(null);
		if (earlier != null) {
			return earlier;
		}
		var item = this.jdbc.sql("select name, points, store_id from points_item where id = ? and ledger_id = ? and active")
			.params(itemId, ledgerId)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getInt(2), rs.getObject(3, Long.class) }).optional()
			.orElseThrow(() -> new NotFound("points_item", itemId));
		if (this.jdbc.sql("update points_item set stock = stock - 1 where id = ? and stock > 0").param(itemId).update() == 0) {
			throw Rejected.because("points.rejected.outOfStock");
		}
		PersonView p = this.people.view(Actor.SYSTEM, person);
		long holder = this.ledgers.holder(ledgerId, person, p.name());
		long held = this.ledgers.account(ledgerId, AccountKind.HELD, null, "兑换冻结");
		int points = (Integer) item[1];
		var hold = this.ledgers.post(actor, ledgerId, new Posting(holder, held, points, TransferKind.HOLD, key, null,
				null, "兑换 " + item[0]));
		String token = code();
		return this.jdbc.sql("""
				insert into points_redemption (ledger_id, item_id, person_id, points, status, token, form_key, hold_id,
				    created_at, store_id)
				values (?, ?, ?, ?, 'HELD', ?, ?, ?, ?, ?) returning id""")
			.params(ledgerId, itemId, person, points, token, key, hold.id(), Timestamp.from(this.clock.instant()), item[2])
			.query(Long.class).single();
	}

	/** Letters and digits that cannot be misread for each other (no 0/O, 1/I/L). */
	private static final String CODE = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	/** A redemption's code: ten characters a person reads out or a store types (31^10 of them; unique in the table). */
	static String code() {
		StringBuilder b = new StringBuilder(10);
		for (int i = 0; i < 10; i++) {
			b.append(CODE.charAt(RANDOM.nextInt(CODE.length())));
		}
		return b.toString();
	}

	/**
	 * The store scans a redemption's code as it hands the goods over: the held points go to the store's account
	 * (the merchant's, for an item sold there). Staff of the ledger's place scan for any store of it; a merchant
	 * account only the codes of its own stores — another's code is answered as an unknown one.
	 */
	@Transactional
	public long collect(Actor actor, String token) {
		if (!actor.can(PointsPermissions.MANAGE) && !actor.can(PointsPermissions.SHOP)) {
			throw new AccessDenied(PointsPermissions.MANAGE);
		}
		var r = held(token == null ? "" : token.strip().toUpperCase(java.util.Locale.ROOT));
		long ledgerId = (Long) r[1];
		if (actor.can(PointsPermissions.MANAGE)) {
			this.ledgers.get(actor, ledgerId);
		}
		else if (actor.organisationId() == null || !actor.organisationId().equals(r[4])) {
			throw Rejected.field("token", "points.rejected.token");
		}
		long held = this.ledgers.account(ledgerId, AccountKind.HELD, null, "兑换冻结");
		long store = this.ledgers.account(ledgerId, AccountKind.STORE, null, r[3] == null ? STORE : (String) r[3]);
		var posted = this.ledgers.post(actor, ledgerId, new Posting(held, store, (Integer) r[2], TransferKind.REDEEM,
				"collect:" + r[0], null, null, "兑换领取"));
		settle((Long) r[0], "COLLECTED", posted.id(), actor);
		return (Long) r[0];
	}

	/** Cancels a redemption not yet collected: the points go back and the item returns to stock. */
	@Transactional
	public void cancel(Actor actor, long redemptionId) {
		var r = this.jdbc.sql("""
				select id, ledger_id, points, person_id, item_id, status from points_redemption where id = ?""")
			.param(redemptionId)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getLong(5),
					rs.getString(6) })
			.optional().orElseThrow(() -> new NotFound("points_redemption", redemptionId));
		boolean self = actor.personId() != null && actor.personId() == (Long) r[3];
		if (!self) {
			actor.require(PointsPermissions.MANAGE);
			this.ledgers.get(actor, (Long) r[1]);
		}
		if (!"HELD".equals(r[5])) {
			throw Rejected.because("points.rejected.notHeld");
		}
		release(actor, r);
	}

	/** Releases the holds not collected within a week. @return how many */
	@Scheduled(fixedDelayString = "${siwei.points.sweep-every:1h}", initialDelayString = "${siwei.points.sweep-every:1h}")
	@Transactional
	public int lapse() {
		if (!SweepLock.claim(this.jdbc, "points.holds")) {
			return 0;
		}
		int n = 0;
		for (Object[] r : this.jdbc.sql("""
				select id, ledger_id, points, person_id, item_id, status from points_redemption
				where status = 'HELD' and created_at < ? order by id limit 1000""")
			.param(Timestamp.from(this.clock.instant().minus(HOLD)))
			.query((rs, k) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getLong(5),
					rs.getString(6) })
			.list()) {
			release(Actor.SYSTEM, r);
			n++;
		}
		return n;
	}

	private void release(Actor actor, Object[] r) {
		long ledgerId = (Long) r[1];
		PersonView p = this.people.view(Actor.SYSTEM, (Long) r[3]);
		long holder = this.ledgers.holder(ledgerId, p.id(), p.name());
		long held = this.ledgers.account(ledgerId, AccountKind.HELD, null, "兑换冻结");
		var posted = this.ledgers.post(actor, ledgerId, new Posting(held, holder, (Integer) r[2], TransferKind.RELEASE,
				"release:" + r[0], null, null, "兑换取消"));
		this.jdbc.sql("update points_item set stock = stock + 1 where id = ?").param(r[4]).update();
		settle((Long) r[0], "CANCELLED", posted.id(), actor);
	}

	private Object[] held(String token) {
		return this.jdbc.sql("""
				select r.id, r.ledger_id, r.points, s.name, s.organisation_id from points_redemption r
				left join points_store s on s.id = r.store_id where r.token = ? and r.status = 'HELD'""")
			.param(token)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
					rs.getObject(5, Long.class) })
			.optional().orElseThrow(() -> Rejected.field("token", "points.rejected.token"));
	}

	private void settle(long id, String status, long transferId, Actor actor) {
		int changed = this.jdbc.sql("""
				update points_redemption set status = ?, settle_id = ?, settled_at = ?, settled_name = ?
				where id = ? and status = 'HELD'""")
			.params(status, transferId, Timestamp.from(this.clock.instant()), actor.displayName(), id).update();
		if (changed == 0) {
			throw Rejected.because("points.rejected.notHeld");
		}
	}

	/** The redemptions of a ledger (staff), newest first. */
	@Transactional(readOnly = true)
	public List<Redemption> redemptions(long ledgerId, Long personId) {
		return this.jdbc.sql("""
				select r.id, i.name, p.name, r.points, r.status, r.token, r.created_at, r.store_id from points_redemption r
				join points_item i on i.id = r.item_id join person p on p.id = r.person_id
				where r.ledger_id = ? and (?::bigint is null or r.person_id = ?) order by r.id desc limit 50""")
			.params(ledgerId, personId, personId)
			.query((rs, n) -> new Redemption(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getObject(8, Long.class)))
			.list();
	}

	/** The household a redemption is for: the resident's own, or one staff name of the ledger's place. */
	private long whose(Actor actor, Ledger ledger, Long personId) {
		if (personId == null || actor.personId() != null && actor.personId().equals(personId)) {
			if (actor.personId() == null || !actor.can(PointsPermissions.OWN)) {
				throw new AccessDenied(PointsPermissions.OWN);
			}
			var own = this.ledgers.ofPerson(actor.personId());
			if (own.isEmpty() || own.get().id() != ledger.id()) {
				throw new NotFound("points_ledger", ledger.id());
			}
			return actor.personId();
		}
		actor.require(PointsPermissions.MANAGE);
		this.ledgers.get(actor, ledger.id());
		if (!this.people.visible(actor, personId)) {
			throw new NotFound("person", personId);
		}
		if (!this.people.view(actor, personId).regionPath().startsWith(ledger.regionPath())) {
			throw Rejected.field("personId", "points.rejected.notOfLedger");
		}
		return personId;
	}

}
