package cn.siwei.people;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;

/**
 * 1+1 pairings (能人帮老人): a capable person looks after an elderly or vulnerable resident.
 */
@Service
public class Pairings {

	static final String TYPE = "care_pairing";

	private final JdbcClient jdbc;

	private final People people;

	private final Events events;

	private final Clock clock;

	Pairings(JdbcClient jdbc, People people, Events events, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A pairing as listed on a person's page.
	 *
	 * @param id the pairing
	 * @param helperId the capable person
	 * @param helperName their name
	 * @param residentId the person looked after
	 * @param residentName their name
	 * @param since since when
	 * @param note a note
	 */
	public record Pairing(long id, long helperId, String helperName, long residentId, String residentName,
			LocalDate since, String note) {
	}

	/** The active pairings in which a person is helper or helped. */
	@Transactional(readOnly = true)
	public List<Pairing> of(Actor actor, long personId) {
		this.people.load(actor, personId);
		return this.jdbc.sql("""
				select c.id, c.helper_id, h.name as helper_name, c.resident_id, r.name as resident_name, c.since, c.note
				from care_pairing c join person h on h.id = c.helper_id join person r on r.id = c.resident_id
				where c.active and (c.helper_id = ? or c.resident_id = ?) order by c.since desc""")
			.params(personId, personId)
			.query((rs, n) -> new Pairing(rs.getLong("id"), rs.getLong("helper_id"), rs.getString("helper_name"),
					rs.getLong("resident_id"), rs.getString("resident_name"), rs.getDate("since").toLocalDate(),
					rs.getString("note")))
			.list();
	}

	/** Pairs a capable person with a resident who has a care tag. */
	@Transactional
	public long pair(Actor actor, Long helperId, long residentId, String note) {
		actor.require(Permission.PEOPLE_MANAGE);
		Person resident = this.people.load(actor, residentId);
		if (helperId == null) {
			throw Rejected.field("helperId", "validation.required");
		}
		if (helperId == residentId) {
			throw Rejected.field("helperId", "pairing.rejected.self");
		}
		Person helper;
		try {
			helper = this.people.load(actor, helperId);
		}
		catch (NotFound ex) {
			throw Rejected.field("helperId", "pairing.rejected.helperUnknown");
		}
		if (!resident.vulnerable()) {
			throw Rejected.field("helperId", "pairing.rejected.notVulnerable");
		}
		if (!helper.active() || !resident.active()) {
			throw Rejected.field("helperId", "pairing.rejected.inactive");
		}
		boolean exists = this.jdbc.sql("select count(*) > 0 from care_pairing where helper_id = ? and resident_id = ? and active")
			.params(helperId, residentId)
			.query(Boolean.class)
			.single();
		if (exists) {
			throw Rejected.field("helperId", "pairing.rejected.exists");
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		long id = this.jdbc.sql("""
				insert into care_pairing (helper_id, resident_id, since, note, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(helperId, residentId, Date.valueOf(LocalDate.now(this.clock)), note == null ? null : note.trim(), now, now)
			.query(Long.class)
			.single();
		this.events.created(actor, TYPE, id, resident.regionPath(),
				Map.of("helperId", helperId, "residentId", residentId, "note", note == null ? "" : note));
		return id;
	}

	@Transactional
	public void end(Actor actor, long pairingId, String reason) {
		actor.require(Permission.PEOPLE_MANAGE);
		Long residentId = this.jdbc.sql("select resident_id from care_pairing where id = ? and active")
			.param(pairingId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFound(TYPE, pairingId));
		Person resident = this.people.load(actor, residentId);
		this.jdbc.sql("update care_pairing set active = false, updated_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), pairingId)
			.update();
		this.events.changed(actor, TYPE, pairingId, RecordChanged.Action.DEACTIVATE, resident.regionPath(),
				Map.of("active", true), Map.of("active", false), reason);
	}

}
