package cn.siwei.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import cn.siwei.region.RegionSubtreeMoved;

/**
 * In-app notifications and text messages. Capabilities write them from their event listeners, each notice keyed by
 * the event that caused it, so that an event delivered twice (republished after a crash) tells nobody twice.
 */
@Service
public class Notifications {

	/** The notifications an actor receives: their own, and, for staff, those of their region. */
	private static final String MINE = " ((person_id = :person) or (organisation_id = :org)"
			+ " or (region_path is not null and :staff and in_subtree(region_path, :scope)))";

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

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

	/** The latest notifications for the actor: their own, and their region's staff notices. */
	@Transactional(readOnly = true)
	public List<Notice> latest(Actor actor, int limit) {
		return this.jdbc.sql("select id, at, message_key, args, link, read_at from notification where" + MINE
				+ " order by at desc, id desc limit :limit")
			.params(recipient(actor))
			.param("limit", limit)
			.query((rs, n) -> new Notice(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("message_key"),
					(String[]) rs.getArray("args").getArray(), rs.getString("link"), rs.getTimestamp("read_at") != null))
			.list();
	}

	/** How many of the actor's notifications are unread. */
	@Transactional(readOnly = true)
	public long unread(Actor actor) {
		return this.jdbc.sql("select count(*) from notification where read_at is null and" + MINE)
			.params(recipient(actor))
			.query(Long.class)
			.single();
	}

	/** Marks the actor's notifications read. */
	@Transactional
	public void markRead(Actor actor) {
		this.jdbc.sql("update notification set read_at = :now where read_at is null and" + MINE)
			.params(recipient(actor))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	private static Map<String, Object> recipient(Actor actor) {
		return Map.of("person", actor.personId() == null ? -1L : actor.personId(), "org",
				actor.organisationId() == null ? -1L : actor.organisationId(), "staff",
				actor.can(Permission.PEOPLE_MANAGE), "scope", actor.regionPath());
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
