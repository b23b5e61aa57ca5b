package cn.siwei.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.platform.LogSafe;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Page;
import cn.siwei.region.RegionSubtreeMoved;

/**
 * In-app notifications and text messages. Capabilities write them from their event listeners, each notice keyed by
 * the event that caused it, so that an event delivered twice (republished after a crash) tells nobody twice.
 */
@Service
public class Notifications {

	/** The notifications an actor receives: their own, and, for staff, those of their region. */
	private static final String MINE = " ((n.person_id = :person) or (n.organisation_id = :org)"
			+ " or (n.region_path is not null and :staff and in_subtree(n.region_path, :scope)))";

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	/** The list of notices is counted up to this many ("more than 1,000"). */
	private static final int COUNT_CAP = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SmsSender sms;

	private final MessageSource messages;

	Notifications(JdbcClient jdbc, Clock clock, ObjectProvider<SmsSender> sms, MessageSource messages) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.sms = sms.getIfAvailable(() -> (personId, text, key) -> log.info("SMS {} to person {}: {}", key, personId,
				LogSafe.of(text)));
		this.messages = messages;
	}

	/**
	 * A notification.
	 *
	 * @param id the notification
	 * @param at when
	 * @param messageKey what, as a message key
	 * @param args its arguments
	 * @param link where it leads
	 * @param read whether it was read
	 */
	public record Notice(long id, Instant at, String messageKey, String[] args, String link, boolean read) {
	}

	/**
	 * Tells a person, in the app and by text message.
	 * @param key what makes this notice unique (the event that caused it, and its audience); a notice with a key
	 * that was already given is not given again, and the text message carries the key so a gateway drops a repeat
	 */
	@Transactional
	public void toPerson(long personId, String messageKey, List<String> args, String link, String key) {
		if (!insert(personId, null, null, messageKey, args, link, key)) {
			return;
		}
		String text = this.messages.getMessage(messageKey, args.toArray(), messageKey, Locale.SIMPLIFIED_CHINESE);
		// Sent before the notice commits: callers are event listeners, running after the act committed. Should the
		// process die between the two, the event is delivered again, finds no notice, and sends again with the same
		// key, which the gateway drops; sending after the commit instead could lose the message for good.
		this.sms.send(personId, text, key);
	}

	/** Tells the staff of a region (everyone whose account is bound at or above it sees it). */
	@Transactional
	public void toRegion(String regionPath, String messageKey, List<String> args, String link, String key) {
		insert(null, null, regionPath, messageKey, args, link, key);
	}

	/** Tells the handlers of an organisation (a department, a property company, a unit of the area). */
	@Transactional
	public void toOrganisation(long organisationId, String messageKey, List<String> args, String link, String key) {
		insert(null, organisationId, null, messageKey, args, link, key);
	}

	/** Read by the reader: at or below their "all read" mark, or opened one by one. */
	private static final String READ = "(n.id <= coalesce((select upto from notification_seen where account_id = :account), 0)"
			+ " or exists (select 1 from notification_read r where r.account_id = :account and r.notification_id = n.id))";

	/** A page of the actor's notifications, newest first, each marked read or not for them; only unread if asked. */
	@Transactional(readOnly = true)
	public Page<Notice> page(Actor actor, boolean unreadOnly, int page, int size) {
		String where = " from notification n where" + MINE + (unreadOnly ? " and not " + READ : "");
		// counted no further than the cap: a city-wide account's notices are the whole city's
		long total = this.jdbc.sql("select count(*) from (select 1" + where + " limit " + COUNT_CAP + ") x")
			.params(recipient(actor))
			.query(Long.class)
			.single();
		List<Notice> items = this.jdbc.sql("select n.id, n.at, n.message_key, n.args, n.link, " + READ + " as read"
				+ where + " order by n.at desc, n.id desc limit :limit offset :offset")
			.params(recipient(actor))
			.param("limit", size)
			.param("offset", Page.offset(page, size))
			.query((rs, n) -> new Notice(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("message_key"),
					(String[]) rs.getArray("args").getArray(), rs.getString("link"), rs.getBoolean("read")))
			.list();
		return Page.counted(items, Math.max(0, page), size, total, COUNT_CAP);
	}

	/** Unread notices are counted up to this many; the menu then says "99+". */
	public static final int UNREAD_CAP = 100;

	/**
	 * How many of the actor's notifications they have not read, counted no further than {@link #UNREAD_CAP}: a
	 * city-wide account receives every notice of the city, and counting them all on every page grew with the city.
	 * Each kind of recipient is read from its own index, only above the actor's "all read" mark, and each stops at
	 * the cap, so the cost is bounded whatever the data.
	 */
	@Transactional(readOnly = true)
	public long unread(Actor actor) {
		Map<String, Object> who = recipient(actor);
		long upto = this.jdbc.sql("select coalesce((select upto from notification_seen where account_id = ?), 0)")
			.param(actor.accountId())
			.query(Long.class)
			.single();
		// each statement planned for its own values (a generic plan cannot tell a city's scope from a compound's)
		this.jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		String unread = " and n.id > :upto and not exists (select 1 from notification_read r"
				+ " where r.account_id = :account and r.notification_id = n.id) limit " + UNREAD_CAP + ")";
		StringBuilder sql = new StringBuilder("select count(*) from (");
		sql.append("(select n.id from notification n where n.person_id = :person").append(unread);
		sql.append(" union all (select n.id from notification n where n.organisation_id = :org").append(unread);
		if (Boolean.TRUE.equals(who.get("staff"))) {
			sql.append(" union all (select n.id from notification n where n.region_path is not null")
				.append(" and in_subtree(n.region_path, :scope)")
				.append(unread);
		}
		sql.append(") x");
		long count = this.jdbc.sql(sql.toString()).params(who).param("upto", upto).query(Long.class).single();
		return Math.min(count, UNREAD_CAP);
	}

	/**
	 * Opens one of the actor's notifications: marks it read for them and gives where it leads.
	 * @return the notice's link, or empty when it leads nowhere
	 * @throws NotFound when it is not one of theirs
	 */
	@Transactional
	public Optional<String> open(Actor actor, long id) {
		String link = this.jdbc.sql("select coalesce(n.link, '') from notification n where n.id = :id and" + MINE)
			.params(recipient(actor))
			.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFound("notification", id));
		this.jdbc.sql("insert into notification_read (account_id, notification_id) values (?, ?) on conflict do nothing")
			.params(actor.accountId(), id)
			.update();
		// only a path of this platform is followed, never another site
		return link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\") ? Optional.of(link)
				: Optional.empty();
	}

	/** Marks every notification the actor has now as read, at once, however many there are. */
	@Transactional
	public void markAllRead(Actor actor) {
		Long upto = this.jdbc.sql("select max(n.id) from notification n where" + MINE)
			.params(recipient(actor))
			.query(Long.class)
			.optional()
			.orElse(null);
		if (upto == null) {
			return;
		}
		this.jdbc.sql("""
				insert into notification_seen (account_id, upto) values (?, ?)
				on conflict (account_id) do update set upto = greatest(notification_seen.upto, excluded.upto)""")
			.params(actor.accountId(), upto)
			.update();
		this.jdbc.sql("delete from notification_read where account_id = ? and notification_id <= ?")
			.params(actor.accountId(), upto)
			.update();
	}

	private static Map<String, Object> recipient(Actor actor) {
		return Map.of("person", actor.personId() == null ? -1L : actor.personId(), "org",
				actor.organisationId() == null ? -1L : actor.organisationId(), "staff",
				actor.can(Permission.PEOPLE_MANAGE), "scope", actor.regionPath(), "account", actor.accountId());
	}

	/** Writes a notice; false when its key was given already. */
	private boolean insert(Long personId, Long organisationId, String regionPath, String messageKey, List<String> args,
			String link, String key) {
		return this.jdbc.sql("""
				insert into notification (person_id, organisation_id, region_path, at, message_key, args, link, dedupe_key)
				values (?, ?, ?, ?, ?, ?::text[], ?, ?)
				on conflict (dedupe_key) where dedupe_key is not null do nothing""")
			.params(personId, organisationId, regionPath, Timestamp.from(this.clock.instant()), messageKey,
					args.toArray(String[]::new), link, key)
			.update() == 1;
	}

	/** Notices for a region follow it when its subtree moves. */
	@EventListener
	void on(RegionSubtreeMoved moved) {
		this.jdbc.sql("update notification set region_path = ? || substr(region_path, ?) where in_subtree(region_path, ?)")
			.params(moved.newPath(), moved.oldPath().length() + 1, moved.oldPath())
			.update();
	}

}
