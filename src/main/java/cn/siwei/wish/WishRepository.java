package cn.siwei.wish;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.siwei.access.Scope;
import cn.siwei.platform.BulkLoad;
import cn.siwei.platform.SweepLock;
import cn.siwei.platform.Deadlines.Deadline;
import cn.siwei.platform.Deadlines.Flag;
import cn.siwei.platform.Deadlines;
import cn.siwei.platform.Like;
import cn.siwei.platform.Satisfaction;
import cn.siwei.platform.TextSearch;
import cn.siwei.platform.Timeline.Line;
import cn.siwei.platform.Timeline;
import cn.siwei.wish.WishTerms.Channel;
import cn.siwei.wish.WishTerms.Difficulty;
import cn.siwei.wish.WishTerms.EventKind;
import cn.siwei.wish.WishTerms.Urgency;

@Repository
class WishRepository {

	static final String SELECT = """
			select w.*, r.name as region_name, b.name as beneficiary_name,
			       case when :en then c.name_en else c.name_zh end as category_name,
			       coalesce(t.name, cp.name) as claimant_name
			from wish w
			join region r on r.id = w.region_id
			join person b on b.id = w.beneficiary_id
			join wish_category c on c.id = w.category_id
			left join team t on t.id = w.claimant_team_id
			left join person cp on cp.id = w.claimant_person_id""";

	private final JdbcClient jdbc;

	private final Timeline timeline;

	private final NamedParameterJdbcTemplate streaming;

	WishRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.timeline = new Timeline(jdbc, "wish_event");
		var template = new JdbcTemplate(dataSource);
		template.setFetchSize(1000);
		this.streaming = new NamedParameterJdbcTemplate(template);
	}

	Optional<Wish> find(Scope scope, WishReach reach, long id, boolean english) {
		return this.jdbc.sql(SELECT + " where w.id = :id and " + inScope(reach.areas()) + reach.condition())
			.param("en", english)
			.param("id", id)
			.param("scope", scope.regionPath())
			.param("areas", reach.areas().toArray(String[]::new))
			.param("reachOrg", reach.unitOrganisationId() == null ? -1L : reach.unitOrganisationId())
			.param("reachPerson", reach.personId() == null ? -1L : reach.personId())
			.query(WishRepository::map)
			.optional();
	}

	/**
	 * Streams every wish of the filtered ledger to {@code each}, fetched from a cursor a thousand rows at a time,
	 * so that memory stays flat however many there are. Must run inside a transaction.
	 */
	void forEach(Scope scope, WishReach reach, WishFilter f, boolean english, Consumer<Wish> each) {
		var params = new MapSqlParameterSource(params(scope, reach, f))
			.addValue("en", english);
		this.streaming.query(SELECT + where(f, reach) + " order by w.priority desc, w.created_at desc, w.id desc", params,
				(RowCallbackHandler) rs -> each.accept(map(rs, 0)));
	}

	/**
	 * One page of the ledger. The page's ids are found first, from the wish table alone, and only those rows are
	 * joined to names (joining first made a city's ledger take seconds).
	 * @param small whether few wishes match (known from the total): they are then found by region and sorted
	 * instead of walking the order index of every wish
	 */
	List<Wish> list(Scope scope, WishReach reach, WishFilter f, WishSort sort, boolean english, int offset,
			int limit, boolean small) {
		String order = sort.order();
		// Few matches: find them all by region, then sort them; many: walk the order index until the page is full.
		String page = small
				? "with matches as materialized (select w.id, w.status, w.priority, w.created_at, w.due_date from wish w" + where(f, reach)
						+ "), page as (select w.id from matches w" + order + " offset :offset limit :limit) "
				: "with page as (select w.id from wish w" + where(f, reach) + order + " offset :offset limit :limit) ";
		return this.jdbc.sql(page + SELECT + " join page on page.id = w.id" + order)
			.params(params(scope, reach, f))
			.param("en", english)
			.param("offset", offset)
			.param("limit", limit)
			.query(WishRepository::map)
			.list();
	}

	long count(Scope scope, WishReach reach, WishFilter f) {
		return this.jdbc.sql("select count(*) from wish w" + where(f, reach)).params(params(scope, reach, f)).query(Long.class).single();
	}

	/** Every figure over the wishes collected in the period under the scope, in one pass. */
	Map<WishFigure, Long> figures(Scope scope, Instant from, Instant to) {
		StringBuilder sql = new StringBuilder("select ");
		for (WishFigure figure : WishFigure.values()) {
			sql.append("count(*) filter (where ").append(figure.condition()).append(") as ").append(figure.name()).append(", ");
		}
		sql.setLength(sql.length() - 2);
		sql.append(" from wish w where in_subtree(w.region_path, ?) and w.created_at >= ? and w.created_at < ?");
		return this.jdbc.sql(sql.toString())
			.params(scope.regionPath(), Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> {
				Map<WishFigure, Long> m = new EnumMap<>(WishFigure.class);
				for (WishFigure figure : WishFigure.values()) {
					m.put(figure, rs.getLong(figure.name()));
				}
				return m;
			})
			.single();
	}

	/**
	 * The conditions of a filter, only those it sets: a plan made for a query full of "(:x = '' or col = :x)"
	 * cannot use an index for any of them once PostgreSQL caches it generically.
	 */
	private static String where(WishFilter f, WishReach reach) {
		StringBuilder sql = new StringBuilder(" where ").append(inScope(reach.areas())).append(reach.condition());
		if (f.status() != null) {
			sql.append(" and w.status = :status");
		}
		if (f.categoryId() != null) {
			sql.append(" and w.category_id = :category");
		}
		if (f.urgency() != null) {
			sql.append(" and w.urgency = :urgency");
		}
		if (f.channel() != null) {
			sql.append(" and w.channel = :channel");
		}
		if (f.priorityOnly()) {
			sql.append(" and w.priority");
		}
		if (f.overdueOnly()) {
			sql.append(" and (w.contact_overdue or w.completion_overdue)");
		}
		if (f.beneficiaryId() != null) {
			sql.append(" and w.beneficiary_id = :beneficiary");
		}
		if (f.claimantPersonId() != null) {
			sql.append(" and (w.claimant_person_id = :claimant or w.claimant_team_id in")
				.append(" (select m.team_id from team_member m where m.person_id = :claimant and m.active))");
		}
		if (f.from() != null) {
			sql.append(" and w.created_at >= :from");
		}
		if (f.to() != null) {
			sql.append(" and w.created_at < :to");
		}
		if (f.figure() != null) {
			sql.append(" and (").append(f.figure().condition()).append(")");
		}
		if (f.careTag() != null) {
			sql.append(" and exists (select 1 from person b2 where b2.id = w.beneficiary_id")
				.append(" and b2.care_tags @> array[:careTag]::text[])");
		}
		if (f.claimantTeamId() != null) {
			sql.append(" and w.claimant_team_id = :team");
		}
		if (f.text() != null) {
			// by words (indexed); a search of no word at all (punctuation, say) as it is written
			sql.append(TextSearch.query(f.text()).isPresent() ? " and w.search @@ cast(:text as tsquery)"
					: " and w.description like :text");
		}
		if (f.praiseDue()) {
			sql.append(" and w.status = 'CLOSED' and not w.praised and w.evaluation in ").append(Satisfaction.SATISFIED_SQL);
		}
		return sql.toString();
	}

	/**
	 * Inside the scope's subtree, or inside one of the extra areas (the service areas of a volunteer's teams).
	 */
	private static String inScope(List<String> areas) {
		return areas.isEmpty() ? "in_subtree(w.region_path, :scope)"
				: "(in_subtree(w.region_path, :scope) or exists (select 1 from unnest(cast(:areas as text[])) a(path)"
						+ " where in_subtree(w.region_path, a.path)))";
	}

	/** The paths of the service areas of the active teams a person belongs to. */
	List<String> serviceAreas(long personId) {
		return this.jdbc.sql("""
				select distinct r.path from team_member m join team t on t.id = m.team_id and t.active
				join team_service_region s on s.team_id = m.team_id join region r on r.id = s.region_id
				where m.person_id = ? and m.active""")
			.param(personId)
			.query(String.class)
			.list();
	}

	private static Map<String, Object> params(Scope scope, WishReach reach, WishFilter f) {
		Map<String, Object> m = new HashMap<>();
		m.put("scope", scope.regionPath());
		m.put("areas", reach.areas().toArray(String[]::new));
		m.put("reachOrg", reach.unitOrganisationId() == null ? -1L : reach.unitOrganisationId());
		m.put("reachPerson", reach.personId() == null ? -1L : reach.personId());
		m.put("status", f.status() == null ? "" : f.status().name());
		m.put("category", f.categoryId() == null ? 0L : f.categoryId());
		m.put("urgency", f.urgency() == null ? "" : f.urgency().name());
		m.put("channel", f.channel() == null ? "" : f.channel().name());
		m.put("priority", f.priorityOnly());
		m.put("overdue", f.overdueOnly());
		m.put("beneficiary", f.beneficiaryId() == null ? 0L : f.beneficiaryId());
		m.put("claimant", f.claimantPersonId() == null ? 0L : f.claimantPersonId());
		m.put("from", Timestamp.from(f.from() == null ? Instant.EPOCH : f.from()));
		m.put("to", Timestamp.from(f.to() == null ? Instant.parse("9999-01-01T00:00:00Z") : f.to()));
		m.put("careTag", f.careTag() == null ? "" : f.careTag().name());
		m.put("team", f.claimantTeamId() == null ? 0L : f.claimantTeamId());
		// the words as typed: % and _ match themselves
		m.put("text", f.text() == null ? "" : TextSearch.query(f.text()).orElse("%" + Like.escape(f.text()) + "%"));
		return m;
	}

	long insert(long regionId, String regionPath, long beneficiaryId, boolean priority, WishForm form, long actorId,
			Instant now) {
		return this.jdbc.sql("""
				insert into wish (region_id, region_path, beneficiary_id, priority, description, category_id, urgency,
				                  difficulty, due_date, channel, status, created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?) returning id""")
			.params(regionId, regionPath, beneficiaryId, priority, form.getDescription().trim(), form.getCategoryId(),
					form.getUrgency().name(), form.getDifficulty().name(),
					form.getDueDate() == null ? null : Date.valueOf(form.getDueDate()), form.getChannel().name(), actorId,
					Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/**
	 * Claims an open wish for a team or a person, in one conditional statement: of several claims at once
	 * exactly one finds the wish still open.
	 * @return whether this claim won
	 */
	boolean claim(long id, Long teamId, Long personId, Instant now, Instant contactDue) {
		return this.jdbc.sql("""
				update wish set status = 'CLAIMED', claimant_team_id = ?, claimant_person_id = ?, claimed_at = ?,
				       contact_due_at = ?, contact_overdue = false, updated_at = ?
				where id = ? and status = any(?)""")
			.params(teamId, personId, Timestamp.from(now), Timestamp.from(contactDue), Timestamp.from(now), id,
					from(WishLoop.Act.CLAIM))
			.update() == 1;
	}

	/** Gives a claimed wish to another force, with a new contact deadline. */
	boolean transfer(long id, Long teamId, Long personId, Instant now, Instant contactDue) {
		return this.jdbc.sql("""
				update wish set status = 'CLAIMED', claimant_team_id = ?, claimant_person_id = ?, claimed_at = ?,
				       contact_due_at = ?, contact_overdue = false, completion_overdue = false, contacted_at = null,
				       committed_date = null, updated_at = ?
				where id = ? and status = any(?)""")
			.params(teamId, personId, Timestamp.from(now), Timestamp.from(contactDue), Timestamp.from(now), id,
					from(WishLoop.Act.TRANSFER))
			.update() == 1;
	}

	boolean contacted(long id, LocalDate committed, Instant now) {
		return this.jdbc.sql("""
				update wish set status = 'IN_PROGRESS', contacted_at = ?, committed_date = ?, contact_overdue = false,
				       updated_at = ? where id = ? and status = any(?)""")
			.params(Timestamp.from(now), Date.valueOf(committed), Timestamp.from(now), id, from(WishLoop.Act.CONTACT))
			.update() == 1;
	}

	boolean completed(long id, Instant now) {
		return this.jdbc.sql("""
				update wish set status = 'COMPLETED', completed_at = ?, completion_overdue = false, updated_at = ?
				where id = ? and status = any(?)""")
			.params(Timestamp.from(now), Timestamp.from(now), id, from(WishLoop.Act.COMPLETE))
			.update() == 1;
	}

	boolean evaluated(long id, Satisfaction evaluation, Instant now) {
		boolean reopen = WishLoop.reopens(evaluation);
		return this.jdbc.sql("""
				update wish set status = ?, evaluation = ?, evaluated_at = ?, updated_at = ?,
				       reopen_count = reopen_count + ?, completed_at = case when ? then null else completed_at end
				where id = ? and status = any(?)""")
			.params(WishLoop.afterEvaluation(evaluation).name(), evaluation.name(), Timestamp.from(now), Timestamp.from(now),
					reopen ? 1 : 0, reopen, id, from(WishLoop.Act.EVALUATE))
			.update() == 1;
	}

	/** The states an act may start from, as the loop says, for {@code status = any(?)}. */
	private static String[] from(WishLoop.Act act) {
		return act.from().stream().map(Enum::name).toArray(String[]::new);
	}

	void praised(long id, Instant now) {
		this.jdbc.sql("update wish set praised = true, updated_at = ? where id = ?").params(Timestamp.from(now), id).update();
	}

	/** The claimant's deadline to contact the beneficiary (seven days by default, the region's rule). */
	static final Deadline CONTACT = new Deadline("wish", "w", null, "w.status = 'CLAIMED'", "w.contact_due_at",
			"updated_at = :at");

	/** The date the claimant committed to complete the wish by. */
	static final Deadline COMMITTED_DATE = new Deadline("wish", "w", null, "w.status = 'IN_PROGRESS'",
			"w.committed_date", "updated_at = :at");

	private static final String FLAGGED = "w.id, w.claimant_person_id, w.claimant_team_id, w.beneficiary_id, "
			+ "w.region_path, w.description";

	/**
	 * Flags every claimed wish whose contact deadline has passed, once: the flag flips in the same statement
	 * that finds the wish, so a second sweep (or a second platform instance) finds nothing more to flag.
	 * @return the wishes flagged now
	 */
	List<Flagged> flagMissedContacts(Instant now) {
		return Deadlines.flagMissed(this.jdbc, CONTACT, Flag.bool("contact_overdue"), Timestamp.from(now),
				Map.of("at", Timestamp.from(now)), FLAGGED, WishRepository::flagged);
	}

	/** As {@link #flagMissedContacts}, for committed completion dates that passed. */
	List<Flagged> flagMissedCompletions(LocalDate today, Instant now) {
		return Deadlines.flagMissed(this.jdbc, COMMITTED_DATE, Flag.bool("completion_overdue"), Date.valueOf(today),
				Map.of("at", Timestamp.from(now)), FLAGGED, WishRepository::flagged);
	}

	/**
	 * A wish a sweep has just flagged, with what its notices need, so that the sweep reads nothing per wish.
	 *
	 * @param id the wish
	 * @param claimantPersonId the claiming person, if a person claimed it
	 * @param regionPath where it lies
	 * @param description what was wished
	 */
	record Flagged(long id, Long claimantPersonId, Long claimantTeamId, long beneficiaryId, String regionPath,
			String description) {
	}

	private static Flagged flagged(ResultSet rs, int n) throws SQLException {
		return new Flagged(rs.getLong("id"), rs.getObject("claimant_person_id", Long.class),
				rs.getObject("claimant_team_id", Long.class), rs.getLong("beneficiary_id"), rs.getString("region_path"),
				rs.getString("description"));
	}

	Timeline timeline() {
		return this.timeline;
	}

	/** Writes a timeline entry; its id keys the notices of the act. */
	long event(long wishId, Instant at, long actorId, String actorName, EventKind kind, String note, boolean byWorker) {
		return this.timeline.write(new Line(wishId, null, kind.name(), note, true, byWorker), at, actorId, actorName);
	}

	List<TimelineEntry> timeline(long wishId) {
		return this.timeline.read(wishId, false)
			.stream()
			.map(e -> new TimelineEntry(e.at(), e.actorName(), EventKind.valueOf(e.kind()), e.note(), e.onBehalf()))
			.toList();
	}

	/** The contact days of the nearest rule at or above a region path, if any. */
	Optional<Integer> contactDays(String regionPath) {
		return this.jdbc.sql("select contact_days from wish_rule where in_subtree(?, region_path)"
				+ " order by length(region_path) desc limit 1")
			.param(regionPath)
			.query(Integer.class)
			.optional();
	}

	void setContactDays(long regionId, String regionPath, int days, Instant now) {
		this.jdbc.sql("insert into wish_rule (region_id, region_path, contact_days, updated_at) values (?, ?, ?, ?)"
				+ " on conflict (region_id) do update set contact_days = excluded.contact_days, updated_at = excluded.updated_at")
			.params(regionId, regionPath, days, Timestamp.from(now))
			.update();
	}

	List<WishQueries.Category> categories(boolean english) {
		return this.jdbc.sql("select id, code, case when ? then name_en else name_zh end as name from wish_category where active order by sort")
			.param(english)
			.query((rs, n) -> new WishQueries.Category(rs.getLong("id"), rs.getString("code"), rs.getString("name")))
			.list();
	}

	static Wish map(ResultSet rs, int n) throws SQLException {
		long team = rs.getLong("claimant_team_id");
		Long teamId = rs.wasNull() ? null : team;
		long person = rs.getLong("claimant_person_id");
		Long personId = rs.wasNull() ? null : person;
		Date due = rs.getDate("due_date");
		Date committed = rs.getDate("committed_date");
		String evaluation = rs.getString("evaluation");
		return new Wish(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_path"),
				rs.getString("region_name"), rs.getLong("beneficiary_id"), rs.getString("beneficiary_name"),
				rs.getBoolean("priority"), rs.getString("description"), rs.getLong("category_id"),
				rs.getString("category_name"), Urgency.valueOf(rs.getString("urgency")),
				Difficulty.valueOf(rs.getString("difficulty")), due == null ? null : due.toLocalDate(),
				Channel.valueOf(rs.getString("channel")), WishStatus.valueOf(rs.getString("status")), teamId, personId,
				rs.getString("claimant_name"), instant(rs, "claimed_at"), instant(rs, "contact_due_at"),
				committed == null ? null : committed.toLocalDate(), instant(rs, "completed_at"),
				evaluation == null ? null : Satisfaction.valueOf(evaluation), rs.getBoolean("contact_overdue"),
				rs.getBoolean("completion_overdue"), rs.getBoolean("praised"), instant(rs, "created_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	void rewritePaths(String oldPath, String newPath) {
		for (String table : List.of("wish", "wish_rule")) {
			this.jdbc.sql("update " + table + " set region_path = ? || substr(region_path, ?) where in_subtree(region_path, ?)")
				.params(newPath, oldPath.length() + 1, oldPath)
				.update();
		}
	}

	/** Whether this transaction may run the wish sweep now (no other node does). */
	boolean claimSweep() {
		return SweepLock.claim(this.jdbc, "wishes");
	}

	boolean bulkLoadInProgress() {
		return BulkLoad.inProgress(this.jdbc);
	}

}
