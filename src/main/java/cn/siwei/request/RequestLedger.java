package cn.siwei.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.siwei.access.Scope;
import cn.siwei.platform.Like;
import cn.siwei.platform.Plans;
import cn.siwei.platform.TextSearch;
import cn.siwei.request.Request.Part;
import cn.siwei.request.Request.Supervised;
import cn.siwei.request.Request.Task;
import cn.siwei.request.RequestTerms.Channel;
import cn.siwei.request.RequestTerms.PartStatus;

import static cn.siwei.request.RequestRepository.PART_SELECT;
import static cn.siwei.request.RequestRepository.SELECT;
import static cn.siwei.request.RequestRepository.ts;

/**
 * The SQL that reads lists of requests: the ledger and its counts, a resident's own, likely duplicates, a unit's
 * tasks, the supervision list, the records behind a figure.
 */
@Repository
class RequestLedger {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate streaming;

	RequestLedger(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		var template = new JdbcTemplate(dataSource);
		template.setFetchSize(1000);
		this.streaming = new NamedParameterJdbcTemplate(template);
	}

	/** Every request of the ledger in its order, read from a cursor (for exports); call inside a transaction. */
	void forEach(String scopePath, RequestFilter f, boolean english, Consumer<Request> each) {
		Map<String, Object> params = new HashMap<>();
		String where = where(f, params, scopePath);
		params.put("en", english);
		this.streaming.query(SELECT + where + " order by r.created_at desc, r.id desc", params,
				(RowCallbackHandler) rs -> each.accept(RequestRepository.map(rs, 0)));
	}

	private static String where(RequestFilter f, Map<String, Object> params, String scopePath) {
		StringBuilder w = new StringBuilder(" where in_subtree(r.region_path, :scope)");
		params.put("scope", scopePath);
		if (f.status() != null) {
			w.append(" and r.status = :status");
			params.put("status", f.status().name());
		}
		if (f.categoryId() != null) {
			w.append(" and r.category_id = :category");
			params.put("category", f.categoryId());
		}
		if (f.channel() != null) {
			w.append(" and r.channel = :channel");
			params.put("channel", f.channel().name());
		}
		if (f.urgency() != null) {
			w.append(" and r.urgency = :urgency");
			params.put("urgency", f.urgency().name());
		}
		if (f.escalatedOnly()) {
			w.append(" and r.escalated");
		}
		if (f.overdueAt() != null) {
			w.append(" and (r.due_at < :now or exists (select 1 from request_part p where p.request_id = r.id"
					+ " and p.status in " + PartStatus.ACTIVE_SQL + " and p.due_at < :now))");
			params.put("now", ts(f.overdueAt()));
		}
		if (f.figure() != null) {
			w.append(" and ").append(f.figure().condition());
		}
		if (f.from() != null) {
			w.append(" and r.created_at >= :from");
			params.put("from", ts(f.from()));
		}
		if (f.to() != null) {
			w.append(" and r.created_at < :to");
			params.put("to", ts(f.to()));
		}
		if (f.unitId() != null) {
			w.append(" and exists (select 1 from request_part p where p.request_id = r.id and p.organisation_id = :unit)");
			params.put("unit", f.unitId());
		}
		if (f.text() != null && !f.text().isBlank()) {
			// by words (indexed); a search of no word at all (punctuation, say) as it is written
			var words = TextSearch.query(f.text());
			if (words.isPresent()) {
				w.append(" and r.search @@ cast(:text as tsquery)");
				params.put("text", words.get());
			}
			else {
				w.append(" and r.description like :text");
				params.put("text", "%" + Like.escape(f.text().trim()) + "%");
			}
		}
		return w.toString();
	}

	long count(String scopePath, RequestFilter f) {
		Map<String, Object> params = new HashMap<>();
		String where = where(f, params, scopePath);
		return this.jdbc.sql("select count(*) from request r" + where).params(params).query(Long.class).single();
	}

	/** The count, stopping at {@code cap}. */
	long count(String scopePath, RequestFilter f, long cap) {
		// a word's plan depends on the word (common: read newest first; rare: its index), never a generic one
		Plans.forEachNode(this.jdbc);
		Map<String, Object> params = new HashMap<>();
		String where = where(f, params, scopePath);
		params.put("cap", cap);
		return this.jdbc.sql("select count(*) from (select 1 from request r" + where + " limit :cap) x").params(params)
			.query(Long.class).single();
	}

	/**
	 * One page, newest first; the page's ids are found from the request table alone, then joined to names.
	 * @param small whether few requests match (known from the total): they are then found by region and sorted,
	 * instead of walking the newest-first index of every request until the page is full
	 */
	List<Request> list(String scopePath, RequestFilter f, boolean english, long offset, int limit, boolean small) {
		Plans.forEachNode(this.jdbc);
		Map<String, Object> params = new HashMap<>();
		String where = where(f, params, scopePath);
		params.put("en", english);
		params.put("offset", offset);
		params.put("limit", limit);
		String page = small
				? "with matches as materialized (select r.id, r.created_at from request r" + where
						+ "), page as (select id from matches order by created_at desc, id desc offset :offset limit :limit) "
				: "with page as (select r.id from request r" + where
						+ " order by r.created_at desc, r.id desc offset :offset limit :limit) ";
		return this.jdbc.sql(page + SELECT + " join page on page.id = r.id order by r.created_at desc, r.id desc")
			.params(params)
			.query(RequestRepository::map)
			.list();
	}

	/** Ledgers with at most this many matches are found first and sorted; longer ones read in ledger order. */
	static final long SMALL_LIST = 50_000;

	/** A resident's requests, and the originals their duplicates were linked to. */
	List<Request> mine(long personId, boolean english, int limit) {
		return this.jdbc.sql(SELECT + """
				 where r.reporter_person_id = :p and r.status <> 'DUPLICATE'
				    or r.id in (select duplicate_of from request where reporter_person_id = :p and duplicate_of is not null)
				order by r.created_at desc limit :limit""")
			.param("en", english)
			.param("p", personId)
			.param("limit", limit)
			.query(RequestRepository::map)
			.list();
	}

	/** How many requests at most are weighed as possible duplicates of one (the newest). */
	static final int DUPLICATE_CANDIDATES = 300;

	/**
	 * The requests a request may duplicate: same category, under the same community, placed since {@code since},
	 * not themselves duplicates, declined or cancelled; newest first. Their words are weighed by the caller
	 * ({@link RequestSimilarity}).
	 */
	List<Request> duplicateCandidates(Request of, String areaPath, Instant since, boolean english) {
		return this.jdbc.sql(SELECT + """
				 where r.category_id = :category and in_subtree(r.region_path, :area) and r.created_at >= :since
				   and r.id <> :id and r.status not in ('DUPLICATE', 'DECLINED', 'CANCELLED')
				order by r.created_at desc limit :limit""")
			.param("en", english)
			.param("category", of.categoryId())
			.param("area", areaPath)
			.param("since", ts(since))
			.param("id", of.id())
			.param("limit", DUPLICATE_CANDIDATES)
			.query(RequestRepository::map)
			.list();
	}

	/** The open parts of a unit, a person or their teams: the condition, with its parameters. */
	private static final String OPEN_PARTS = " where p.status in " + PartStatus.ACTIVE_SQL + " and (p.organisation_id = :org or p.person_id = :person"
			+ " or p.team_id = any(:teams))";

	private static Map<String, Object> openParts(Long organisationId, Long personId, List<Long> teamIds) {
		Map<String, Object> params = new HashMap<>();
		params.put("org", organisationId == null ? -1 : organisationId);
		params.put("person", personId == null ? -1 : personId);
		params.put("teams", teamIds.toArray(Long[]::new));
		return params;
	}

	/** One page of the open parts of a unit, a person or their teams, soonest due first. */
	List<Task> tasks(Long organisationId, Long personId, List<Long> teamIds, boolean english, long offset, int limit) {
		List<Part> parts = this.jdbc.sql(PART_SELECT + OPEN_PARTS + " order by p.due_at nulls last, p.id offset :offset limit :limit")
			.params(openParts(organisationId, personId, teamIds))
			.param("offset", offset)
			.param("limit", limit)
			.query(RequestRepository::mapPart)
			.list();
		Map<Long, Request> requests = findAll(parts.stream().map(Part::requestId).toList(), english);
		return parts.stream().map(p -> new Task(p, requests.get(p.requestId()))).toList();
	}

	/** How many open parts a unit, a person or their teams have, counting no further than {@code cap}. */
	long countTasks(Long organisationId, Long personId, List<Long> teamIds, long cap) {
		return this.jdbc.sql("select count(*) from (select 1 from request_part p" + OPEN_PARTS + " limit :cap) x")
			.params(openParts(organisationId, personId, teamIds))
			.param("cap", cap)
			.query(Long.class)
			.single();
	}

	/** Requests by id, in one query. */
	Map<Long, Request> findAll(Collection<Long> ids, boolean english) {
		Map<Long, Request> map = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql(SELECT + " where r.id = any(:ids)")
				.param("en", english)
				.param("ids", ids.stream().distinct().toArray(Long[]::new))
				.query(RequestRepository::map)
				.list()
				.forEach(r -> map.put(r.id(), r));
		}
		return map;
	}

	/**
	 * How many steps of a region are due before {@code horizon}, counting no further than {@code cap}: a city
	 * with a hundred thousand late steps needs to know it has more than a thousand, not to count them each time.
	 */
	long countSupervision(String scopePath, Instant horizon, long cap) {
		Plans.forEachNode(this.jdbc);
		return this.jdbc.sql("select least(count(*), :cap) from ((" + fenced(SUPERVISED_REQUESTS, scopePath) + " limit :cap) union all ("
				+ fenced(SUPERVISED_PARTS, scopePath) + " limit :cap)) x")
			.param("horizon", ts(horizon))
			.param("scope", scopePath)
			.param("cap", cap)
			.query(Long.class)
			.single();
	}

	/** The open requests' own steps due before {@code :horizon} in {@code :scope}. */
	private static final String SUPERVISED_REQUESTS = """
			select r.id, null::bigint as part_id, r.due_at from request r
			where r.due_at < :horizon and in_subtree(r.region_path, :scope)""";

	/** The open parts' steps due before {@code :horizon} of the requests in {@code :scope}. */
	private static final String SUPERVISED_PARTS = """
			select p.request_id as id, p.id as part_id, p.due_at from request_part p
			where p.status in ('SUMMONED', 'WAITING', 'CLAIMED') and p.due_at < :horizon
			  and in_subtree(p.region_path, :scope)""";

	/**
	 * A side of the supervision list for a node. Near the top of the tree (city to street) most late steps are the
	 * node's, so the side is read in the order of its limit until the page is full; lower down (a community, a
	 * compound) the node's few steps are read by place first, fenced off so that the planner cannot walk the whole
	 * city's limits looking for them (3.5 s for a community at ten million).
	 */
	private static String fenced(String side, String scopePath) {
		return Scope.of(scopePath).depth() <= 3 ? "select * from (" + side + ") s" : "select * from (" + side + " offset 0) s";
	}

	/**
	 * One page of the steps of a region due before {@code horizon}, soonest first. Each side is read in the order
	 * of its limit and no further than the page's end, so a city's first pages cost what a community's do.
	 */
	List<Supervised> supervision(String scopePath, Instant horizon, boolean english, long offset, int limit) {
		List<Supervised> rows = new ArrayList<>();
		record Line(long requestId, Long partId, Instant due) {
		}
		Plans.forEachNode(this.jdbc);
		List<Line> lines = this.jdbc.sql("select * from ((" + fenced(SUPERVISED_REQUESTS, scopePath)
				+ " order by due_at, id limit :end) union all (" + fenced(SUPERVISED_PARTS, scopePath)
				+ " order by due_at, id, part_id limit :end)) x order by due_at, id, part_id nulls first offset :offset limit :limit")
			.param("horizon", ts(horizon))
			.param("scope", scopePath)
			.param("offset", offset)
			.param("limit", limit)
			.param("end", offset + limit)
			.query((rs, n) -> new Line(rs.getLong(1), rs.getObject(2, Long.class), rs.getTimestamp(3).toInstant()))
			.list();
		Map<Long, Request> requests = findAll(lines.stream().map(Line::requestId).toList(), english);
		Map<Long, Part> parts = new HashMap<>();
		List<Long> partIds = lines.stream().map(Line::partId).filter(Objects::nonNull).toList();
		if (!partIds.isEmpty()) {
			this.jdbc.sql(PART_SELECT + " where p.id = any(?)")
				.param(partIds.toArray(Long[]::new))
				.query(RequestRepository::mapPart)
				.list()
				.forEach(p -> parts.put(p.id(), p));
		}
		for (Line line : lines) {
			rows.add(new Supervised(requests.get(line.requestId()), line.partId() == null ? null : parts.get(line.partId()),
					line.due()));
		}
		return rows;
	}

	// --- figures ---

	long countFigure(String scopePath, RequestFigure figure, Instant from, Instant to, Long categoryId, Long unitId,
			Channel channel) {
		RequestFilter f = new RequestFilter(null, categoryId, channel, null, false, null, figure, from, to, unitId, null);
		return count(scopePath, f);
	}

}
