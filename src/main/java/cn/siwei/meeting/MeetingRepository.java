package cn.siwei.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.siwei.meeting.Meeting.AgendaItem;
import cn.siwei.meeting.Meeting.Attendance;
import cn.siwei.meeting.Meeting.Decision;
import cn.siwei.meeting.Meeting.Party;
import cn.siwei.meeting.MeetingTerms.DecisionStatus;
import cn.siwei.meeting.MeetingTerms.Kind;
import cn.siwei.meeting.MeetingTerms.SignIn;
import cn.siwei.meeting.MeetingTerms.Status;

/** Meetings' SQL: reads within a scope, and act-named conditional updates that change nothing in a wrong state. */
@Repository
class MeetingRepository {

	static final String SELECT = """
			select m.id, m.region_id, m.region_path, g.name as region_name, m.channel, m.title, m.place, m.starts_at,
			       m.convener, m.quorum, m.status, m.minutes, m.cancelled_reason, m.created_at,
			       (select count(*) from meeting_attendance a where a.meeting_id = m.id) as present,
			       (select count(*) from meeting_decision d where d.meeting_id = m.id) as decisions
			from meeting m join region g on g.id = m.region_id""";

	static final String DECISION = """
			select d.id, d.meeting_id, m.title, d.region_path, d.text, d.owner, d.organisation_id, d.working_days,
			       d.due_at, d.status, d.progress, d.done_at, d.late, d.created_at
			from meeting_decision d join meeting m on m.id = d.meeting_id""";

	private final JdbcClient jdbc;

	MeetingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static Timestamp ts(Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

	static Meeting map(ResultSet rs, int n) throws SQLException {
		return new Meeting(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_path"),
				rs.getString("region_name"), Kind.valueOf(rs.getString("channel")), rs.getString("title"),
				rs.getString("place"), rs.getTimestamp("starts_at").toInstant(), rs.getString("convener"),
				rs.getInt("quorum"), Status.valueOf(rs.getString("status")), rs.getString("minutes"), rs.getInt("present"),
				rs.getInt("decisions"), rs.getString("cancelled_reason"), rs.getTimestamp("created_at").toInstant());
	}

	static Decision mapDecision(ResultSet rs, int n) throws SQLException {
		Timestamp done = rs.getTimestamp(12);
		return new Decision(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getObject(7, Long.class), rs.getInt(8), rs.getTimestamp(9).toInstant(),
				DecisionStatus.valueOf(rs.getString(10)), rs.getString(11), done == null ? null : done.toInstant(),
				rs.getBoolean(13), rs.getTimestamp(14).toInstant());
	}

	/** A meeting inside a scope, or empty (outside it is as if it did not exist). */
	Optional<Meeting> find(long id, String scope) {
		return this.jdbc.sql(SELECT + " where m.id = ? and in_subtree(m.region_path, ?)")
			.params(id, scope)
			.query(MeetingRepository::map)
			.optional();
	}

	Optional<Meeting> findByToken(String token) {
		return this.jdbc.sql(SELECT + " where m.sign_in_token = ?").param(token).query(MeetingRepository::map).optional();
	}

	Optional<Decision> findDecision(long id, String scope) {
		return this.jdbc.sql(DECISION + " where d.id = ? and in_subtree(d.region_path, ?)")
			.params(id, scope)
			.query(MeetingRepository::mapDecision)
			.optional();
	}

	long insert(long regionId, String regionPath, Kind kind, String title, String place, Instant startsAt,
			String convener, int quorum, String token, long createdBy, Instant now) {
		return this.jdbc.sql("""
				insert into meeting (region_id, region_path, channel, title, place, starts_at, convener, quorum, status,
				  sign_in_token, created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?, ?) returning id""")
			.params(regionId, regionPath, kind.name(), title, place, ts(startsAt), convener, quorum, token, createdBy,
					ts(now), ts(now))
			.query(Long.class)
			.single();
	}

	void insertParty(long meetingId, String name) {
		this.jdbc.sql("insert into meeting_party (meeting_id, name) values (?, ?)").params(meetingId, name).update();
	}

	/** Appends an item that points at a record; its place is after the last. */
	void appendAgendaItem(long meetingId, String title, String kind, long recordId, String link) {
		this.jdbc.sql("""
				insert into meeting_agenda_item (meeting_id, position, title, record_kind, record_id, record_link)
				values (?, (select coalesce(max(position), 0) + 1 from meeting_agenda_item where meeting_id = ?), ?, ?, ?, ?)""")
			.params(meetingId, meetingId, title, kind, recordId, link)
			.update();
	}

	/** Whether the record is on the meeting's agenda already. */
	boolean onAgenda(long meetingId, String kind, long recordId) {
		return this.jdbc.sql("select exists (select 1 from meeting_agenda_item where meeting_id = ? and record_kind = ?"
				+ " and record_id = ?)").params(meetingId, kind, recordId).query(Boolean.class).single();
	}

	void insertAgendaItem(long meetingId, int position, String title) {
		this.jdbc.sql("insert into meeting_agenda_item (meeting_id, position, title) values (?, ?, ?)")
			.params(meetingId, position, title)
			.update();
	}

	/** Moves a meeting from one of {@code from} to {@code to}; false when it stood elsewhere. */
	boolean move(long id, Set<Status> from, Status to, String column, Instant now) {
		return this.jdbc.sql("update meeting set status = ?, updated_at = ?" + (column == null ? "" : ", " + column + " = ?")
				+ " where id = ? and status = any(?)")
			.params(column == null
					? new Object[] { to.name(), ts(now), id, from.stream().map(Enum::name).toArray(String[]::new) }
					: new Object[] { to.name(), ts(now), ts(now), id, from.stream().map(Enum::name).toArray(String[]::new) })
			.update() == 1;
	}

	boolean close(long id, String minutes, Instant now) {
		return this.jdbc.sql("""
				update meeting set status = 'CLOSED', minutes = ?, closed_at = ?, updated_at = ?
				where id = ? and status = 'IN_SESSION'""")
			.params(minutes, ts(now), ts(now), id)
			.update() == 1;
	}

	boolean cancel(long id, String reason, Instant now) {
		return this.jdbc.sql("""
				update meeting set status = 'CANCELLED', cancelled_reason = ?, updated_at = ?
				where id = ? and status = 'PLANNED'""")
			.params(reason, ts(now), id)
			.update() == 1;
	}

	/** Signs someone in, once per account and once per name and party; empty when already signed in. */
	Optional<Long> signIn(long meetingId, String name, String party, Long accountId, Long personId, SignIn how,
			Instant at, String recordedBy) {
		return this.jdbc.sql("""
				insert into meeting_attendance (meeting_id, name, party, account_id, person_id, how, at, recorded_by)
				select ?, ?, ?, ?, ?, ?, ?, ? from meeting where id = ? and status = 'IN_SESSION'
				on conflict do nothing returning id""")
			.params(meetingId, name, party, accountId, personId, how.name(), ts(at), recordedBy, meetingId)
			.query(Long.class)
			.optional();
	}

	long insertDecision(Meeting m, String text, String owner, Long organisationId, int workingDays, Instant dueAt,
			Instant now) {
		return this.jdbc.sql("""
				insert into meeting_decision (meeting_id, region_id, region_path, channel, text, owner, organisation_id,
				  working_days, due_at, status, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?) returning id""")
			.params(m.id(), m.regionId(), m.regionPath(), m.kind().name(), text, owner, organisationId, workingDays,
					ts(dueAt), ts(now))
			.query(Long.class)
			.single();
	}

	boolean progress(long decisionId, String note) {
		return this.jdbc.sql("update meeting_decision set progress = ? where id = ? and status = 'OPEN'")
			.params(note, decisionId)
			.update() == 1;
	}

	/** Marks a decision done; late when after its limit. */
	boolean finish(long decisionId, String note, Instant now) {
		return this.jdbc.sql("""
				update meeting_decision set status = 'DONE', done_at = ?, progress = coalesce(?, progress),
				  late = late or ? > due_at
				where id = ? and status = 'OPEN'""")
			.params(ts(now), note, ts(now), decisionId)
			.update() == 1;
	}

	List<Party> parties(long meetingId) {
		return this.jdbc.sql("select id, name, organisation_id from meeting_party where meeting_id = ? order by id")
			.param(meetingId)
			.query((rs, n) -> new Party(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class)))
			.list();
	}

	List<AgendaItem> agenda(long meetingId) {
		return this.jdbc.sql("select position, title, record_link from meeting_agenda_item where meeting_id = ? order by position")
			.param(meetingId)
			.query((rs, n) -> new AgendaItem(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	List<Attendance> attendance(long meetingId) {
		return this.jdbc.sql("""
				select id, name, party, how, at, recorded_by from meeting_attendance where meeting_id = ? order by at, id""")
			.param(meetingId)
			.query((rs, n) -> new Attendance(rs.getLong(1), rs.getString(2), rs.getString(3),
					SignIn.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(), rs.getString(6)))
			.list();
	}

	List<Decision> decisions(long meetingId) {
		return this.jdbc.sql(DECISION + " where d.meeting_id = ? order by d.id")
			.param(meetingId)
			.query(MeetingRepository::mapDecision)
			.list();
	}

}
