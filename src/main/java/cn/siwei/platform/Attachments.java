package cn.siwei.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;

/**
 * The photos attached to any capability's records, in one table keyed by the owner's type and id. The owning
 * capability decides who may see and add them: it checks the actor's access to its record first and then hands
 * over an {@link Owner}, which this service trusts. Bytes are kept in the database with their record so that
 * they are backed up with it; a photo is checked by its own first bytes ({@link Photos#check}); the number per
 * record is limited, and two uploads at once cannot pass the limit together.
 */
@Service
public class Attachments {

	/** The most photos one record keeps. */
	public static final int MAX_PER_OWNER = 9;

	/** The most pieces of evidence (photos and PDF documents) one record keeps. */
	public static final int MAX_EVIDENCE_PER_OWNER = 30;

	private final JdbcClient jdbc;

	private final Events events;

	private final Clock clock;

	Attachments(JdbcClient jdbc, Events events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A record the actor was found to have access to, as its capability vouches.
	 *
	 * @param type the record's type as the audit trail names it ({@code wish}, {@code request} …)
	 * @param id the record
	 * @param regionPath its region, for the audit trail
	 */
	public record Owner(String type, long id, String regionPath) {
	}

	/**
	 * An attachment without its bytes.
	 *
	 * @param id the attachment
	 * @param uploaderName who added it
	 * @param uploadedAt when
	 * @param contentType what it is (an image type or {@code application/pdf})
	 * @param caption what it shows, when given (evidence has one; photos have none)
	 */
	public record Attachment(long id, String uploaderName, Instant uploadedAt, String contentType, String caption) {
	}

	/**
	 * An attachment's bytes.
	 *
	 * @param contentType its type
	 * @param data its bytes
	 */
	public record Content(String contentType, byte[] data) {

		/** The bytes as an answer only its reader may keep: never cached by shared caches, never sniffed. */
		public ResponseEntity<byte[]> response() {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(this.contentType))
				.header("Cache-Control", "private, no-store")
				.header("X-Content-Type-Options", "nosniff")
				.header("Content-Disposition", "inline")
				.body(this.data);
		}

	}

	@Transactional(readOnly = true)
	public List<Attachment> of(Owner owner) {
		return this.jdbc.sql("""
				select id, uploader_name, uploaded_at, content_type, caption from attachment
				where owner_type = ? and owner_id = ? order by id""")
			.params(owner.type(), owner.id())
			.query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	/** A stored attachment's bytes handed to whoever writes them out (an export's bundle), one at a time. */
	@FunctionalInterface
	public interface Sink {

		void accept(Attachment attachment, byte[] data) throws java.io.IOException;

	}

	/**
	 * Hands every attachment of a record with its bytes to {@code sink}, in the order they were added, one row at a
	 * time (a record's thirty documents are never all in memory at once).
	 */
	@Transactional(readOnly = true)
	public void each(Owner owner, Sink sink) {
		this.jdbc.sql("""
				select id, uploader_name, uploaded_at, content_type, caption, data from attachment
				where owner_type = ? and owner_id = ? order by id""")
			.params(owner.type(), owner.id())
			.query(rs -> {
				try {
					sink.accept(new Attachment(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
							rs.getString(4), rs.getString(5)), rs.getBytes(6));
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
	}

	@Transactional(readOnly = true)
	public Content content(Owner owner, long attachmentId) {
		return this.jdbc.sql("select content_type, data from attachment where id = ? and owner_type = ? and owner_id = ?")
			.params(attachmentId, owner.type(), owner.id())
			.query((rs, n) -> new Content(rs.getString(1), rs.getBytes(2)))
			.optional()
			.orElseThrow(() -> new NotFound("attachment", attachmentId));
	}

	/**
	 * Adds a photo to a record, recorded in the audit trail as a change of the record.
	 *
	 * @throws Rejected when the photo is refused ({@link Photos#check}) or the record has its nine already
	 */
	@Transactional
	public long addPhoto(Actor actor, Owner owner, byte[] data) {
		return add(actor, owner, data, Photos.check(data), null, MAX_PER_OWNER, "photo", "photo.rejected.count");
	}

	/**
	 * Adds a piece of evidence to a record: a photo or a PDF document with what it shows, recorded in the audit
	 * trail as a change of the record.
	 *
	 * @throws Rejected when the file is refused ({@link Photos#checkDocument}), the caption is missing or too long,
	 * or the record has its thirty already
	 */
	@Transactional
	public long addEvidence(Actor actor, Owner owner, byte[] data, String caption) {
		Violations v = new Violations();
		String c = v.required("caption", caption, 200);
		v.throwIfAny();
		return add(actor, owner, data, Photos.checkDocument(data), c, MAX_EVIDENCE_PER_OWNER, "file",
				"evidence.rejected.count");
	}

	private long add(Actor actor, Owner owner, byte[] data, String type, String caption, int max, String field,
			String tooMany) {
		// one upload at a time per record, so that two at once cannot both be the last one allowed
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
			.param("attachment:" + owner.type() + ":" + owner.id())
			.query((rs, n) -> 1)
			.list();
		long count = this.jdbc.sql("select count(*) from attachment where owner_type = ? and owner_id = ?")
			.params(owner.type(), owner.id())
			.query(Long.class)
			.single();
		if (count >= max) {
			throw Rejected.field(field, tooMany, max);
		}
		long id = this.jdbc.sql("""
				insert into attachment (owner_type, owner_id, content_type, size, data, uploaded_by, uploader_name,
				                        uploaded_at, caption)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(owner.type(), owner.id(), type, data.length, data, actor.accountId(), actor.displayName(),
					Timestamp.from(this.clock.instant()), caption)
			.query(Long.class)
			.single();
		this.events.changed(actor, owner.type(), owner.id(), RecordChanged.Action.UPDATE, owner.regionPath(), Map.of(),
				caption == null ? Map.of(field, id, "type", type, "bytes", data.length)
						: Map.of(field, id, "type", type, "bytes", data.length, "caption", caption),
				null);
		return id;
	}

}
