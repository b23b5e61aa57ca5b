package cn.siwei.meeting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.meeting.MeetingEvents.MatterDecided;
import cn.siwei.meeting.MeetingTerms.EventKind;
import cn.siwei.meeting.MeetingTerms.Kind;
import cn.siwei.meeting.MeetingTerms.Status;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Timeline;
import cn.siwei.platform.Violations;

/**
 * The votes of an owners' general meeting (业主大会): the compound's exclusive parts with their area and owner,
 * the matters put to the vote, each part's vote with where it came from (on site, online, by letter), and the
 * result of Civil Code art. 278 computed once from them ({@link OwnersVote}) and then frozen in the database.
 */
@Service
public class OwnersVotes {

	/** How a part voted. */
	public enum Choice {
		YES, NO, ABSTAIN
	}

	/** Where a vote came from. */
	public enum Source {
		ONSITE, ONLINE, LETTER
	}

	/**
	 * An exclusive part.
	 *
	 * @param id its line
	 * @param label which it is (3号楼2单元301)
	 * @param area its floor area in m²
	 * @param owner its owner
	 */
	public record OwnerUnit(long id, String label, BigDecimal area, String owner) {
	}

	/**
	 * A matter and, once decided, its result.
	 *
	 * @param id its number
	 * @param title what is decided
	 * @param major whether it is one of art. 278 items 6–8
	 * @param decided whether the votes are counted (then frozen)
	 * @param votes the votes cast so far
	 * @param result the result with its arithmetic, once decided
	 */
	public record Matter(long id, String title, boolean major, boolean decided, int votes, OwnersVote.Result result) {
	}

	/**
	 * The register and the matters of a meeting.
	 *
	 * @param units the compound's exclusive parts
	 * @param totalArea their area
	 * @param totalOwners their owners, by head
	 * @param matters the matters
	 */
	public record Register(List<OwnerUnit> units, BigDecimal totalArea, int totalOwners, List<Matter> matters) {
	}

	private final JdbcClient jdbc;

	private final MeetingRepository meetings;

	private final Timeline timeline;

	private final Events events;

	private final Clock clock;

	OwnersVotes(JdbcClient jdbc, MeetingRepository meetings, Events events, Clock clock) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.timeline = new Timeline(jdbc, "meeting_event");
		this.events = events;
		this.clock = clock;
	}

	/** An owners' meeting the actor may see, or 404; refused when it is another kind of meeting. */
	private Meeting owners(Actor actor, long meetingId) {
		actor.require(MeetingPermissions.VIEW);
		Meeting m = this.meetings.find(meetingId, actor.scope().regionPath())
			.orElseThrow(() -> new NotFound(Meetings.TYPE, meetingId));
		if (m.kind() != Kind.OWNERS_MEETING) {
			throw Rejected.because("meeting.rejected.notOwnersMeeting");
		}
		return m;
	}

	/** The register of the meeting's compound and its matters with their results. */
	@Transactional(readOnly = true)
	public Register register(Actor actor, long meetingId) {
		Meeting m = owners(actor, meetingId);
		List<OwnerUnit> units = this.jdbc.sql("""
				select id, label, area, owner from owner_unit where compound_id = ? order by label collate names""")
			.param(m.regionId())
			.query((rs, n) -> new OwnerUnit(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4)))
			.list();
		BigDecimal area = units.stream().map(OwnerUnit::area).reduce(BigDecimal.ZERO, BigDecimal::add);
		int owners = (int) units.stream().map(OwnerUnit::owner).distinct().count();
		List<Matter> matters = this.jdbc.sql("""
				select x.id, x.title, x.major, x.status = 'DECIDED', (select count(*) from meeting_vote v where v.matter_id = x.id),
				       x.total_area, x.total_owners, x.voting_area, x.voting_owners, x.yes_area, x.yes_owners
				from meeting_matter x where x.meeting_id = ? order by x.id""")
			.param(meetingId)
			.query((rs, n) -> new Matter(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getInt(5),
					rs.getBoolean(4) ? OwnersVote.decide(new OwnersVote.Tally(rs.getBigDecimal(6), rs.getInt(7),
							rs.getBigDecimal(8), rs.getInt(9), rs.getBigDecimal(10), rs.getInt(11), rs.getBoolean(3))) : null))
			.list();
		return new Register(units, area, owners, matters);
	}

	/**
	 * 登记业主: adds exclusive parts to the register of the meeting's compound, one per line "label area owner"
	 * (3号楼2单元301 89.5 张桂兰); every wrong line is reported with its number and nothing is saved.
	 * @return how many were added
	 */
	@Transactional
	public int registerUnits(Actor actor, long meetingId, String lines) {
		actor.require(MeetingPermissions.CONVENE);
		Meeting m = owners(actor, meetingId);
		Violations v = new Violations();
		record Line(String label, BigDecimal area, String owner) {
		}
		List<Line> parsed = new ArrayList<>();
		String[] all = (lines == null ? "" : lines).split("\\R");
		for (int i = 0; i < all.length; i++) {
			String line = all[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("[\\s,，]+", 3);
			try {
				BigDecimal area = new BigDecimal(parts[1]);
				if (parts.length < 3 || area.signum() <= 0 || area.scale() > 2 || area.compareTo(BigDecimal.valueOf(100_000)) >= 0
						|| parts[0].length() > 100 || parts[2].strip().isEmpty() || parts[2].length() > 100
						|| Violations.hasControlCharacters(line)) {
					throw new IllegalArgumentException(line);
				}
				parsed.add(new Line(parts[0], area, parts[2].strip()));
			}
			catch (RuntimeException ex) {
				v.add("units", "meeting.rejected.unitLine", i + 1, line);
			}
		}
		if (parsed.isEmpty() && v.isEmpty()) {
			v.add("units", "validation.required");
		}
		if (parsed.size() > 5000) {
			v.add("units", "meeting.rejected.tooManyUnits", 5000);
		}
		v.throwIfAny();
		Instant now = this.clock.instant();
		int added = 0;
		for (Line l : parsed) {
			added += this.jdbc.sql("""
					insert into owner_unit (compound_id, region_path, label, area, owner, created_at)
					values (?, ?, ?, ?, ?, ?) on conflict (compound_id, label) do nothing""")
				.params(m.regionId(), m.regionPath(), l.label(), l.area(), l.owner(), Timestamp.from(now))
				.update();
		}
		this.events.created(actor, "owner_unit", m.regionId(), m.regionPath(), Map.of("added", added));
		return added;
	}

	/** 提出表决事项: a matter put to the owners' vote. */
	@Transactional
	public long addMatter(Actor actor, long meetingId, String title, boolean major) {
		actor.require(MeetingPermissions.CONVENE);
		Meeting m = owners(actor, meetingId);
		if (m.status() == Status.CLOSED || m.status() == Status.CANCELLED) {
			throw Rejected.because("meeting.rejected.wrongState");
		}
		Violations v = new Violations();
		String t = v.required("title", title, 500);
		v.throwIfAny();
		long id = this.jdbc.sql("""
				insert into meeting_matter (meeting_id, title, major, status, created_at) values (?, ?, ?, 'OPEN', ?)
				returning id""")
			.params(meetingId, t, major, Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		this.events.created(actor, "meeting_matter", id, m.regionPath(), Map.of("title", t, "major", major));
		return id;
	}

	/** 投票: records a part's vote on a matter while the meeting is in session; one vote per part. */
	@Transactional
	public void vote(Actor actor, long matterId, Long unitId, Choice choice, Source source) {
		actor.require(MeetingPermissions.CONVENE);
		Meeting m = matterMeeting(actor, matterId);
		if (m.status() != Status.IN_SESSION) {
			throw Rejected.because("meeting.rejected.voteNotInSession");
		}
		Violations v = new Violations();
		if (unitId == null || this.jdbc.sql("select count(*) from owner_unit where id = ? and compound_id = ?")
			.params(unitId, m.regionId()).query(Long.class).single() == 0) {
			// an id a form sends is checked: only a part of this meeting's compound votes here
			v.add("unitId", "meeting.rejected.unknownUnit");
		}
		if (choice == null) {
			v.add("choice", "validation.required");
		}
		if (source == null) {
			v.add("source", "validation.required");
		}
		v.throwIfAny();
		int n = this.jdbc.sql("""
				insert into meeting_vote (matter_id, owner_unit_id, choice, source, recorded_by, at)
				select ?, ?, ?, ?, ?, ? from meeting_matter where id = ? and status = 'OPEN'
				on conflict (matter_id, owner_unit_id) do nothing""")
			.params(matterId, unitId, choice.name(), source.name(), actor.displayName(),
					Timestamp.from(this.clock.instant()), matterId)
			.update();
		if (n == 0) {
			throw Rejected.because("meeting.rejected.alreadyVoted");
		}
	}

	/** 计票: counts a matter's votes under art. 278 and freezes the result. */
	@Transactional
	public OwnersVote.Result decide(Actor actor, long matterId) {
		actor.require(MeetingPermissions.CONVENE);
		Meeting m = matterMeeting(actor, matterId);
		boolean major = this.jdbc.sql("select major from meeting_matter where id = ?").param(matterId).query(Boolean.class)
			.single();
		OwnersVote.Tally t = this.jdbc.sql("""
				with units as (select * from owner_unit where compound_id = :compound),
				     votes as (select u.owner, u.area, v.choice from meeting_vote v join units u on u.id = v.owner_unit_id
				               where v.matter_id = :matter),
				     heads as (select owner, bool_and(choice = 'YES') as yes from votes group by owner)
				select (select coalesce(sum(area), 0) from units), (select count(distinct owner) from units),
				       (select coalesce(sum(area), 0) from votes), (select count(*) from heads),
				       (select coalesce(sum(area), 0) from votes where choice = 'YES'), (select count(*) from heads where yes)""")
			.param("compound", m.regionId())
			.param("matter", matterId)
			.query((rs, n) -> new OwnersVote.Tally(rs.getBigDecimal(1), rs.getInt(2), rs.getBigDecimal(3), rs.getInt(4),
					rs.getBigDecimal(5), rs.getInt(6), major))
			.single();
		OwnersVote.Result r = OwnersVote.decide(t);
		Instant now = this.clock.instant();
		int n = this.jdbc.sql("""
				update meeting_matter set status = 'DECIDED', total_area = ?, total_owners = ?, voting_area = ?,
				  voting_owners = ?, yes_area = ?, yes_owners = ?, participated = ?, passed = ?, decided_at = ?
				where id = ? and status = 'OPEN'""")
			.params(t.totalArea(), t.totalOwners(), t.votingArea(), t.votingOwners(), t.yesArea(), t.yesOwners(),
					r.participated(), r.passed(), Timestamp.from(now), matterId)
			.update();
		if (n == 0) {
			throw Rejected.because("meeting.rejected.matterDecided");
		}
		this.timeline.write(new Timeline.Line(m.id(), matterId, EventKind.MATTER_DECIDED.name(),
				(r.passed() ? "通过" : "未通过") + "：" + this.jdbc.sql("select title from meeting_matter where id = ?")
					.param(matterId).query(String.class).single(), true, false),
				now, actor.accountId(), actor.displayName());
		this.events.publish(new MatterDecided(m.id(), matterId, m.regionPath(), r.passed()));
		return r;
	}

	private Meeting matterMeeting(Actor actor, long matterId) {
		Long meetingId = this.jdbc.sql("select meeting_id from meeting_matter where id = ?").param(matterId)
			.query(Long.class).optional().orElseThrow(() -> new NotFound("meeting_matter", matterId));
		try {
			return owners(actor, meetingId);
		}
		catch (NotFound ex) {
			throw new NotFound("meeting_matter", matterId);
		}
	}

}
