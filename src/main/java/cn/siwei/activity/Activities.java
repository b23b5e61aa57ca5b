package cn.siwei.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.activity.ActivityTerms.Counting;
import cn.siwei.activity.ActivityTerms.Kind;
import cn.siwei.employment.EmploymentEvents.FairHeld;
import cn.siwei.organisation.Teams;
import cn.siwei.people.People;
import cn.siwei.platform.Attachments;
import cn.siwei.platform.Events;
import cn.siwei.platform.Like;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Page;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.platform.Where;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;

/**
 * The activities ledger: staff record an activity of their region (counted at the door, or with people signed in
 * one by one, each once), add photos; a job fair held in employment is recorded once by its event, whatever is
 * replayed.
 */
@Service
public class Activities {

	static final String TYPE = "activity";

	static final String SELECT = "select x.*, g.name as region_name from activity x join region g on g.id = x.region_id";

	private final JdbcClient jdbc;

	private final Regions regions;

	private final Teams teams;

	private final People people;

	private final Attachments attachments;

	private final Events events;

	private final Clock clock;

	Activities(JdbcClient jdbc, Regions regions, Teams teams, People people, Attachments attachments, Events events,
			Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.teams = teams;
		this.people = people;
		this.attachments = attachments;
		this.events = events;
		this.clock = clock;
	}

	static Activity map(ResultSet rs, int n) throws SQLException {
		return new Activity(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_path"),
				rs.getString("region_name"), Kind.of(rs.getLong("category_id")), Counting.valueOf(rs.getString("channel")),
				rs.getString("title"), rs.getString("organiser"), rs.getObject("team_id", Long.class),
				rs.getString("place"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
				rs.getInt("participants"), rs.getString("note"), rs.getString("source"),
				rs.getObject("source_id", Long.class));
	}

	/** An activity of the actor's region, or 404. */
	@Transactional(readOnly = true)
	public Activity get(Actor actor, long id) {
		actor.require(ActivityPermissions.VIEW);
		return Where.one(this.jdbc, SELECT, "x", actor, id, Activities::map, TYPE);
	}

	/** Records an activity at a node of the actor's region. */
	@Transactional
	public long record(Actor actor, ActivityForm form) {
		actor.require(ActivityPermissions.RECORD);
		Violations v = new Violations();
		Region region = this.regions.named(v, actor, "regionId", form.regionId());
		if (form.kind() == null) {
			v.add("kind", "validation.required");
		}
		String title = v.required("title", form.title(), 200);
		String organiser = v.required("organiser", form.organiser(), 200);
		String place = v.required("place", form.place(), 200);
		if (form.startsAt() == null) {
			v.add("startsAt", "validation.required");
		}
		if (form.endsAt() == null || form.startsAt() != null && form.endsAt().isBefore(form.startsAt())) {
			v.add("endsAt", "activity.rejected.endsAt");
		}
		else if (form.startsAt() != null && form.startsAt().toLocalDate().isAfter(LocalDate.now(this.clock).plusDays(1))) {
			v.add("startsAt", "activity.rejected.future");
		}
		if (form.participants() != null && (form.participants() < 0 || form.participants() > 1_000_000)) {
			v.add("participants", "activity.rejected.participants");
		}
		if (form.teamId() != null) {
			try {
				this.teams.get(actor, form.teamId());
			}
			catch (NotFound ex) {
				v.add("teamId", "activity.rejected.team");
			}
		}
		String note = v.optional("note", form.note(), 4000);
		v.throwIfAny();
		Counting counting = form.participants() == null ? Counting.SIGNED_IN : Counting.COUNTED;
		long id = insert(actor, region, form.kind(), counting, title, organiser, form.teamId(), place,
				form.startsAt().atZone(this.clock.getZone()).toInstant(),
				form.endsAt().atZone(this.clock.getZone()).toInstant(),
				form.participants() == null ? 0 : form.participants(), note, null, null);
		this.events.created(actor, TYPE, id, region.path(), Map.of("kind", form.kind().name(), "title", title));
		return id;
	}

	private long insert(Actor actor, Region region, Kind kind, Counting counting, String title, String organiser,
			Long teamId, String place, Instant startsAt, Instant endsAt, int participants, String note, String source,
			Long sourceId) {
		return this.jdbc.sql("""
				insert into activity (region_id, region_path, category_id, channel, title, organiser, team_id, place,
				  starts_at, ends_at, participants, note, source, source_id, created_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(region.id(), region.path(), kind.category(), counting.name(), title, organiser, teamId, place,
					Timestamp.from(startsAt), Timestamp.from(endsAt), participants, note, source, sourceId,
					actor.accountId(), Timestamp.from(this.clock.instant()))
			.query(Long.class).single();
	}

	/** Signs a person of the register in: once per activity; the count follows. */
	@Transactional
	public void signIn(Actor actor, long id, Long personId) {
		actor.require(ActivityPermissions.RECORD);
		Activity a = get(actor, id);
		if (a.counting() != Counting.SIGNED_IN) {
			throw Rejected.because("activity.rejected.counted");
		}
		if (personId == null) {
			throw Rejected.field("personId", "validation.required");
		}
		if (!this.people.visible(actor, personId)) {
			throw Rejected.field("personId", "activity.rejected.person");
		}
		int n = this.jdbc.sql("""
				insert into activity_participant (activity_id, person_id, signed_at, signed_by) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(id, personId, Timestamp.from(this.clock.instant()), actor.displayName()).update();
		if (n == 0) {
			throw Rejected.because("activity.rejected.signedAlready");
		}
		this.jdbc.sql("update activity set participants = participants + 1 where id = ?").param(id).update();
	}

	/** The people signed in, in order. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> participants(Actor actor, long id) {
		get(actor, id);
		return this.jdbc.sql("""
				select p.name, a.signed_at, a.signed_by from activity_participant a join person p on p.id = a.person_id
				where a.activity_id = ? order by a.signed_at, p.name""").param(id).query().listOfRows();
	}

	/** Adds a photo of the activity. */
	@Transactional
	public long addPhoto(Actor actor, long id, byte[] data) {
		actor.require(ActivityPermissions.RECORD);
		Activity a = get(actor, id);
		return this.attachments.addPhoto(actor, owner(a), data);
	}

	@Transactional(readOnly = true)
	public List<Attachments.Attachment> photos(Actor actor, long id) {
		return this.attachments.of(owner(get(actor, id)));
	}

	@Transactional(readOnly = true)
	public Attachments.Content photo(Actor actor, long id, long photoId) {
		return this.attachments.content(owner(get(actor, id)), photoId);
	}

	private static Attachments.Owner owner(Activity a) {
		return new Attachments.Owner(TYPE, a.id(), a.regionPath());
	}

	/** A job fair held in employment: recorded once, whatever is replayed. */
	@ApplicationModuleListener
	void on(FairHeld held) {
		Region region = this.regions.byPaths(List.of(held.regionPath())).get(held.regionPath());
		if (region == null) {
			return;
		}
		this.jdbc.sql("""
				insert into activity (region_id, region_path, category_id, channel, title, organiser, place, starts_at,
				  ends_at, participants, source, source_id, created_by, recorded_at)
				values (?, ?, ?, 'COUNTED', ?, ?, ?, ?, ?, ?, 'job_fair', ?, 0, ?) on conflict (source, source_id) do nothing""")
			.params(region.id(), region.path(), Kind.JOB_FAIR.category(), held.title(), region.name(),
					held.place() == null ? "线上" : held.place(), Timestamp.from(held.startsAt()),
					Timestamp.from(held.endsAt()), held.participants(), held.fairId(), Timestamp.from(this.clock.instant()))
			.update();
	}

	/** A training's session held in employment: recorded once, whatever is replayed. */
	@ApplicationModuleListener
	void on(cn.siwei.employment.EmploymentEvents.TrainingSessionHeld held) {
		Region region = this.regions.byPaths(List.of(held.regionPath())).get(held.regionPath());
		if (region == null) {
			return;
		}
		this.jdbc.sql("""
				insert into activity (region_id, region_path, category_id, channel, title, organiser, place, starts_at,
				  ends_at, participants, source, source_id, created_by, recorded_at)
				values (?, ?, ?, 'SIGNED_IN', ?, ?, ?, ?, ?, ?, 'job_training_session', ?, 0, ?)
				on conflict (source, source_id) do nothing""")
			.params(region.id(), region.path(), Kind.TRAINING.category(), cut(held.title()), region.name(), held.place(),
					Timestamp.from(held.heldAt()), Timestamp.from(held.heldAt().plusSeconds(2 * 3600)), held.attended(),
					held.sessionId(), Timestamp.from(this.clock.instant()))
			.update();
	}

	private static String cut(String s) {
		return s.length() > 200 ? s.substring(0, 200) : s;
	}

	/**
	 * What a list is narrowed to; empty fields do not narrow.
	 *
	 * @param regionPath under this node
	 * @param figure what this figure counts
	 * @param category the kind's number
	 * @param counting how participants are known
	 * @param from began on or after
	 * @param to began on or before
	 * @param text words in the title, organiser or place
	 */
	public record Filter(String regionPath, ActivityFigure figure, Long category, String counting, LocalDate from,
			LocalDate to, String text) {
	}

	/** The activities of the actor's region, latest first. */
	@Transactional(readOnly = true)
	public Page<Activity> list(Actor actor, Filter f, int page, int size) {
		actor.require(ActivityPermissions.VIEW);
		Where w = Where.under(actor, "x", f.regionPath())
			.equal("category_id", f.category())
			.equal("channel", f.counting())
			.condition(f.figure() == null ? null : f.figure().condition())
			.days(f.from(), f.to(), this.clock.getZone())
			.condition("x.title like :text or x.organiser like :text or x.place like :text", "text",
					f.text() == null || f.text().isBlank() ? null : "%" + Like.escape(f.text().strip()) + "%");
		long total = this.jdbc.sql("select count(*) from activity x" + w.sql()).params(w.params()).query(Long.class).single();
		List<Activity> items = this.jdbc.sql(SELECT + w.sql() + " order by x.starts_at desc, x.id desc offset :offset limit :limit")
			.params(w.params())
			.param("offset", Page.offset(page, size))
			.param("limit", size)
			.query(Activities::map)
			.list();
		return new Page<>(items, page, size, total);
	}

}
