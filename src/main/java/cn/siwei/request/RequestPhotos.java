package cn.siwei.request;

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
import cn.siwei.platform.Photos;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;

/**
 * Photos of requests: what the resident saw, what the unit did. Anyone who may see a request may add one (at most
 * nine) and see them; nobody else.
 */
@Service
public class RequestPhotos {

	static final int MAX_PER_REQUEST = 9;

	private final JdbcClient jdbc;

	private final Events events;

	private final Clock clock;

	private final RequestQueries queries;

	RequestPhotos(RequestQueries queries, JdbcClient jdbc, Events events, Clock clock) {
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
	public List<Photo> of(Actor actor, long requestId) {
		this.queries.get(actor, requestId, null);
		return this.jdbc.sql("select id, uploader_name, uploaded_at from request_photo where request_id = ? order by id")
			.param(requestId)
			.query((rs, n) -> new Photo(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public Content content(Actor actor, long requestId, long photoId) {
		this.queries.get(actor, requestId, null);
		return this.jdbc.sql("select content_type, data from request_photo where id = ? and request_id = ?")
			.params(photoId, requestId)
			.query((rs, n) -> new Content(rs.getString(1), rs.getBytes(2)))
			.optional()
			.orElseThrow(() -> new NotFound("request_photo", photoId));
	}

	/** Adds a photo to a request the actor may see. */
	@Transactional
	public long add(Actor actor, long requestId, byte[] data) {
		Request r = this.queries.get(actor, requestId, null);
		String type = Photos.check(data);
		long count = this.jdbc.sql("select count(*) from request_photo where request_id = ?").param(requestId)
			.query(Long.class).single();
		if (count >= MAX_PER_REQUEST) {
			throw Rejected.field("photo", "photo.rejected.count", MAX_PER_REQUEST);
		}
		long id = this.jdbc.sql("""
				insert into request_photo (request_id, content_type, size, data, uploaded_by, uploader_name, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(requestId, type, data.length, data, actor.accountId(), actor.displayName(),
					Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		this.events.changed(actor, Requests.TYPE, requestId, RecordChanged.Action.UPDATE, r.regionPath(), Map.of(),
				Map.of("photo", id, "type", type, "bytes", data.length), null);
		return id;
	}

}
