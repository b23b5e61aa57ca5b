package cn.siwei.wish;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;

/**
 * Photos of wishes. The type is read from the file's own first bytes, not from what the browser claims; only
 * JPEG, PNG and WebP up to 5 MB are kept; a photo is served only to someone who may see its wish.
 */
@Service
public class WishPhotos {

	static final int MAX_PER_WISH = 9;

	private final JdbcClient jdbc;

	private final Events events;

	private final Clock clock;

	private final WishQueries queries;

	WishPhotos(WishQueries queries, JdbcClient jdbc, Events events, Clock clock) {
		this.queries = queries;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A photo without its bytes.
	 *
	 * @param id the photo
	 * @param uploaderName who added it
	 * @param uploadedAt when
	 */
	public record Photo(long id, String uploaderName, Instant uploadedAt) {
	}

	/**
	 * A photo's bytes.
	 *
	 * @param contentType its type
	 * @param data its bytes
	 */
	public record Content(String contentType, byte[] data) {
	}

	@Transactional(readOnly = true)
	public List<Photo> of(Actor actor, long wishId) {
		this.queries.get(actor, wishId, null);
		return this.jdbc.sql("select id, uploader_name, uploaded_at from wish_photo where wish_id = ? order by id")
			.param(wishId)
			.query((rs, n) -> new Photo(rs.getLong("id"), rs.getString("uploader_name"),
					rs.getTimestamp("uploaded_at").toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public Content content(Actor actor, long wishId, long photoId) {
		this.queries.get(actor, wishId, null);
		return this.jdbc.sql("select content_type, data from wish_photo where id = ? and wish_id = ?")
			.params(photoId, wishId)
			.query((rs, n) -> new Content(rs.getString("content_type"), rs.getBytes("data")))
			.optional()
			.orElseThrow(() -> new NotFound("wish_photo", photoId));
	}

	/** Adds a photo; the beneficiary, the claimant and community staff may. */
	@Transactional
	public long add(Actor actor, long wishId, byte[] data) {
		Wish wish = this.queries.get(actor, wishId, null);
		boolean beneficiary = actor.personId() != null && actor.personId() == wish.beneficiaryId();
		if (!beneficiary && !actor.can(WishPermissions.FOLLOW_UP) && !actor.can(WishPermissions.CLAIM)) {
			throw new cn.siwei.access.AccessDenied(WishPermissions.CLAIM);
		}
		String type = check(data);
		long count = this.jdbc.sql("select count(*) from wish_photo where wish_id = ?").param(wishId).query(Long.class).single();
		if (count >= MAX_PER_WISH) {
			throw Rejected.field("photo", "wish.rejected.photoCount", MAX_PER_WISH);
		}
		long id = this.jdbc.sql("""
				insert into wish_photo (wish_id, content_type, size, data, uploaded_by, uploader_name, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(wishId, type, data.length, data, actor.accountId(), actor.displayName(),
					Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		this.events.changed(actor, Wishes.TYPE, wishId, RecordChanged.Action.UPDATE, wish.regionPath(), Map.of(),
				Map.of("photo", id, "type", type, "bytes", data.length), null);
		return id;
	}

	/** Checks a photo before anything is saved: see {@link cn.siwei.platform.Photos#check}. */
	public static String check(byte[] data) {
		return cn.siwei.platform.Photos.check(data);
	}

}
