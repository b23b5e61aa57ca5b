package cn.siwei.problem;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.platform.Like;
import cn.siwei.platform.Page;
import cn.siwei.platform.Timeline;
import cn.siwei.platform.Where;
import cn.siwei.problem.ProblemLoop.Act;
import cn.siwei.problem.ProblemTerms.Source;
import cn.siwei.problem.ProblemTerms.Status;

/** The problem inventory as a list (filtered, searched, paged, opened from a figure) and one problem at a time. */
@Service
public class ProblemQueries {

	private final JdbcClient jdbc;

	private final Problems problems;

	private final Timeline timeline;

	private final Clock clock;

	ProblemQueries(JdbcClient jdbc, Problems problems, Clock clock) {
		this.jdbc = jdbc;
		this.problems = problems;
		this.timeline = new Timeline(jdbc, "problem_event");
		this.clock = clock;
	}

	/**
	 * A filter of the list; empty fields do not filter.
	 *
	 * @param regionPath under this node (inside the actor's region)
	 * @param status in this state
	 * @param category of this kind (its number)
	 * @param source found this way
	 * @param figure what this figure counts
	 * @param from found on or after this day
	 * @param to found on or before this day
	 * @param overdue only those on the list and past their limit now
	 * @param text words in the title, description or owner
	 */
	public record Filter(String regionPath, Status status, Long category, Source source, ProblemFigure figure,
			LocalDate from, LocalDate to, boolean overdue, String text) {

		public static final Filter NONE = new Filter(null, null, null, null, null, null, null, false, null);

	}

	/** The problems of the actor's region: those still open first, soonest limit first, then newest. */
	@Transactional(readOnly = true)
	public Page<Problem> list(Actor actor, Filter f, int page, int size) {
		actor.require(ProblemPermissions.VIEW);
		Where w = Where.under(actor, "x", f.regionPath())
			.equal("status", f.status())
			.equal("category_id", f.category())
			.equal("channel", f.source())
			.condition(f.figure() == null ? null : f.figure().condition())
			.days(f.from(), f.to(), this.clock.getZone())
			.condition("x.status = 'ASSIGNED' and x.due_at < :now", "now", f.overdue() ? Timestamp.from(this.clock.instant()) : null)
			.condition("x.title like :text or x.description like :text or x.owner like :text", "text",
					f.text() == null || f.text().isBlank() ? null : "%" + Like.escape(f.text().strip()) + "%");
		long total = this.jdbc.sql("select count(*) from problem x" + w.sql()).params(w.params()).query(Long.class).single();
		List<Problem> items = this.jdbc.sql(Problems.SELECT + w.sql()
				+ " order by x.status not in ('FOUND', 'ASSIGNED'), x.due_at nulls last, x.created_at desc, x.id desc"
				+ " offset :offset limit :limit")
			.params(w.params())
			.param("offset", Page.offset(page, size))
			.param("limit", size)
			.query(Problems::map)
			.list();
		return new Page<>(items, page, size, total);
	}

	/** A problem. */
	@Transactional(readOnly = true)
	public Problem get(Actor actor, long id) {
		return this.problems.find(actor, id);
	}

	/** Its timeline: found, put on the list, progress, solved, reopened. */
	@Transactional(readOnly = true)
	public List<Timeline.Entry> timeline(Actor actor, long id) {
		this.problems.find(actor, id);
		return this.timeline.read(id, false);
	}

	/** The acts the actor may do on it now. */
	@Transactional(readOnly = true)
	public Set<Act> allowed(Actor actor, long id) {
		return ProblemLoop.allowed(this.problems.find(actor, id).status(), actor);
	}

	Instant now() {
		return this.clock.instant();
	}

}
