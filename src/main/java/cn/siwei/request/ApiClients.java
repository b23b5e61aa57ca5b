package cn.siwei.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.access.Role;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.request.RequestTerms.Channel;

/**
 * The systems allowed to push requests (the 12345 hotline, Open311 clients): each has its own key, kept only as a
 * hash, a jurisdiction (the region node its requests fall under) and the channel its requests count as.
 */
@Service
public class ApiClients {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Regions regions;

	private final Events events;

	private final Clock clock;

	ApiClients(JdbcClient jdbc, Regions regions, Events events, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A client system.
	 *
	 * @param id the client
	 * @param name its name
	 * @param keyHint the first characters of its key, to tell keys apart
	 * @param regionId its jurisdiction
	 * @param regionPath the jurisdiction's path
	 * @param regionCode the jurisdiction's code (its Open311 jurisdiction_id)
	 * @param channel the channel its requests count as
	 * @param active whether its key works
	 * @param publicRead whether the requests it pushed may be read by anyone through Open311 (redacted)
	 */
	public record Client(long id, String name, String keyHint, long regionId, String regionPath, String regionCode,
			Channel channel, boolean active, boolean publicRead) {

		/** Who acts when this client pushes: named after it, in the audit trail and the timeline. */
		Actor actor() {
			return new Actor(0, "api:" + this.name, this.name, Role.LEADER, this.regionPath, null, null);
		}

	}

	private static final String SELECT = """
			select c.id, c.name, c.key_hint, c.region_id, r.path, r.code, c.channel, c.active, c.public_read
			from api_client c join region r on r.id = c.region_id""";

	private static Client map(ResultSet rs, int n) throws SQLException {
		return new Client(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
				rs.getString(6), Channel.valueOf(rs.getString(7)), rs.getBoolean(8), rs.getBoolean(9));
	}

	/** The active client whose key this is. */
	@Transactional
	public Optional<Client> authenticate(String key) {
		if (key == null || key.isBlank()) {
			return Optional.empty();
		}
		Optional<Client> client = this.jdbc.sql(SELECT + " where c.key_hash = ? and c.active")
			.param(hash(key.trim()))
			.query(ApiClients::map)
			.optional();
		// to the minute: a client pushing many requests a second would otherwise queue every push on this row's lock
		Instant now = this.clock.instant();
		client.ifPresent(c -> this.jdbc.sql("""
				update api_client set last_used_at = ?
				where id = ? and (last_used_at is null or last_used_at < ? or last_used_at > ?)""")
			.params(Timestamp.from(now), c.id(), Timestamp.from(now.minusSeconds(60)), Timestamp.from(now))
			.update());
		return client;
	}

	@Transactional(readOnly = true)
	public List<Client> list(Actor actor) {
		actor.require(Permission.ACCOUNT_MANAGE);
		return this.jdbc.sql(SELECT + " where in_subtree(r.path, ?) order by c.name")
			.param(actor.scope().regionPath())
			.query(ApiClients::map)
			.list();
	}

	/**
	 * Registers a client system.
	 * @param key its key, or null to generate one
	 * @return the key, shown this once
	 */
	@Transactional
	public String register(Actor actor, String name, Long regionId, Channel channel, String key) {
		actor.require(Permission.ACCOUNT_MANAGE);
		Violations v = new Violations();
		String n = v.required("name", name, 100);
		Region region = regionId == null ? null : this.regions.find(regionId).filter(Region::active).orElse(null);
		if (region == null || !actor.scope().covers(region.path())) {
			v.add("regionId", "request.rejected.regionUnknown");
		}
		if (channel != Channel.HOTLINE_12345 && channel != Channel.OPEN311) {
			v.add("channel", "request.rejected.clientChannel");
		}
		if (n != null && this.jdbc.sql("select exists (select 1 from api_client where name = ?)").param(n).query(Boolean.class).single()) {
			v.add("name", "request.rejected.clientNameTaken");
		}
		v.throwIfAny();
		String k = key != null ? key : newKey();
		long id = this.jdbc.sql("""
				insert into api_client (name, key_hash, key_hint, region_id, channel, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(n, hash(k), k.substring(0, Math.min(6, k.length())), region.id(), channel.name(),
					Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		this.events.created(actor, "api_client", id, region.path(), Map.of("name", n, "channel", channel.name()));
		return k;
	}

	/**
	 * Lets anyone read, through Open311 and redacted, the requests this client pushed, or stops that. Off for every
	 * client until an administrator turns it on (a 12345 hotline's requests should never be).
	 */
	@Transactional
	public void setPublicRead(Actor actor, long id, boolean publicRead) {
		actor.require(Permission.ACCOUNT_MANAGE);
		Client c = list(actor).stream().filter(x -> x.id() == id).findFirst()
			.orElseThrow(() -> new NotFound("api_client", id));
		this.jdbc.sql("update api_client set public_read = ? where id = ?").params(publicRead, id).update();
		this.events.changed(actor, "api_client", id, RecordChanged.Action.UPDATE, c.regionPath(),
				Map.of("publicRead", c.publicRead()), Map.of("publicRead", publicRead), null);
	}

	/** Turns a client's key off. */
	@Transactional
	public void deactivate(Actor actor, long id) {
		actor.require(Permission.ACCOUNT_MANAGE);
		Client c = list(actor).stream().filter(x -> x.id() == id).findFirst()
			.orElseThrow(() -> new NotFound("api_client", id));
		if (this.jdbc.sql("update api_client set active = false where id = ? and active").param(id).update() != 1) {
			throw Rejected.because("request.rejected.wrongState");
		}
		this.events.changed(actor, "api_client", id, RecordChanged.Action.DEACTIVATE, c.regionPath(),
				Map.of("active", true), Map.of("active", false), null);
	}

	static String newKey() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return "sw_" + HexFormat.of().formatHex(bytes);
	}

	static String hash(String s) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
