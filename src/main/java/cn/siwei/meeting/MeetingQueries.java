package cn.siwei.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.meeting.Meeting.Decision;
import cn.siwei.meeting.MeetingLoop.Act;
import cn.siwei.meeting.MeetingTerms.Kind;
import cn.siwei.meeting.MeetingTerms.Status;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Page;
import cn.siwei.platform.Timeline;
import cn.siwei.platform.Where;

/** Meetings and decisions as lists (filtered, paged, opened from a figure) and as one page. */
@Service
public class MeetingQueries {

	private final JdbcClient jdbc;

	private final MeetingRepository repository;

	private final Timeline timeline;

	private final Clock clock;

	MeetingQueries(JdbcClient jdbc, MeetingRepository repository, Clock clock) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.timeline = new Timeline(jdbc, "meeting_event");
		this.clock = clock;
	}

	/**
	 * A filter of the lists; empty fields do not filter.
	 *
	 * @param regionPath under this node (inside the actor's region)
	 * @param kind of this kind
	 * @param status (meetings) in this state
	 * @param figure only what this figure counts (a {@link MeetingFigure} name)
	 * @param from placed on or after this day
	 * @param to placed on or before this day
	 * @param openOnly (decisions) only those not done
	 */
	public record Filter(String regionPath, Kind kind, Status status, String figure, LocalDate from, LocalDate to,
			boolean openOnly) {

		public static final Filter NONE = new Filter(null, null, null, null, null, null, false);

	}

	/** The meetings of the actor's region, newest first. */
	@Transactional(readOnly = true)
	public Page<Meeting> list(Actor actor, Filter f, int page, int size) {
		actor.require(MeetingPermissions.VIEW);
		Where w = where(actor, f, "m", f.figure() == null ? null : MeetingFigure.Meetings.valueOf(f.figure()).condition())
			.equal("status", f.status());
		long total = this.jdbc.sql("select count(*) from meeting m" + w.sql()).params(w.params()).query(Long.class)
			.single();
		List<Meeting> items = this.jdbc.sql(MeetingRepository.SELECT + w.sql()
				+ " order by m.starts_at desc, m.id desc offset :offset limit :limit")
			.params(w.params())
			.param("offset", Page.offset(page, size))
			.param("limit", size)
			.query(MeetingRepository::map)
			.list();
		return new Page<>(items, page, size, total);
	}

	/** The decisions of the actor's region: open ones first, the soonest due first; then those done, the latest first. */
	@Transactional(readOnly = true)
	public Page<Decision> decisions(Actor actor, Filter f, int page, int size) {
		actor.require(MeetingPermissions.VIEW);
		Where w = where(actor, f, "d", f.figure() == null ? null : MeetingFigure.Decisions.valueOf(f.figure()).condition())
			.condition(f.openOnly() ? "d.status = 'OPEN'" : null);
		long total = this.jdbc.sql("select count(*) from meeting_decision d" + w.sql()).params(w.params())
			.query(Long.class)
			.single();
		List<Decision> items = this.jdbc.sql(MeetingRepository.DECISION + w.sql()
				+ " order by d.status = 'DONE', case when d.status = 'DONE' then null else d.due_at end, d.done_at desc, d.id desc offset :offset limit :limit")
			.params(w.params())
			.param("offset", Page.offset(page, size))
			.param("limit", size)
			.query(MeetingRepository::mapDecision)
			.list();
		return new Page<>(items, page, size, total);
	}

	private Where where(Actor actor, Filter f, String alias, String condition) {
		// a meeting's kind is its figures' channel
		return Where.under(actor, alias, f.regionPath())
			.condition(condition)
			.condition(alias + ".channel = :kind", "kind", f.kind() == null ? null : f.kind().name())
			.days(f.from(), f.to(), this.clock.getZone());
	}

	/** A meeting with its parties, agenda, attendance and decisions. */
	@Transactional(readOnly = true)
	public Meeting.Detail get(Actor actor, long id) {
		actor.require(MeetingPermissions.VIEW);
		Meeting m = this.repository.find(id, actor.scope().regionPath()).orElseThrow(() -> new NotFound(Meetings.TYPE, id));
		return new Meeting.Detail(m, this.repository.parties(id), this.repository.agenda(id),
				this.repository.attendance(id), this.repository.decisions(id));
	}

	/** The meeting a decision belongs to, for its link. */
	@Transactional(readOnly = true)
	public long meetingOf(Actor actor, long decisionId) {
		actor.require(MeetingPermissions.VIEW);
		return this.repository.findDecision(decisionId, actor.scope().regionPath())
			.orElseThrow(() -> new NotFound("meeting_decision", decisionId))
			.meetingId();
	}

	/** The meeting's timeline. */
	@Transactional(readOnly = true)
	public List<Timeline.Entry> timeline(Actor actor, long id) {
		get(actor, id);
		return this.timeline.read(id, false);
	}

	/** The acts the actor may do on the meeting now. */
	@Transactional(readOnly = true)
	public Set<Act> allowed(Actor actor, long id) {
		return MeetingLoop.allowed(get(actor, id).meeting().status(), actor);
	}

	/**
	 * The meeting a sign-in code opens, for the attendee's phone: whoever holds the code was invited, whatever
	 * their region; 404 for a code that opens nothing.
	 */
	@Transactional(readOnly = true)
	public Meeting byCode(String code) {
		return this.repository.findByToken(code == null ? "" : code).orElseThrow(() -> new NotFound(Meetings.TYPE, code));
	}

	/** The sign-in code of a meeting the actor convenes, for its QR code. */
	@Transactional(readOnly = true)
	public String signInCode(Actor actor, long id) {
		actor.require(MeetingPermissions.CONVENE);
		get(actor, id);
		return this.jdbc.sql("select sign_in_token from meeting where id = ?").param(id).query(String.class).single();
	}

	Instant now() {
		return this.clock.instant();
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	ZoneId zone() {
		return this.clock.getZone();
	}

}
