package cn.siwei.renovation;

import java.time.Clock;
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
import cn.siwei.renovation.RenovationLoop.Act;
import cn.siwei.renovation.RenovationTerms.Funding;
import cn.siwei.renovation.RenovationTerms.Status;

/** Renovation projects as a list (filtered, searched, paged, opened from a figure) and one at a time. */
@Service
public class RenovationQueries {

	private final JdbcClient jdbc;

	private final Renovations renovations;

	private final Timeline timeline;

	private final Clock clock;

	RenovationQueries(JdbcClient jdbc, Renovations renovations, Clock clock) {
		this.jdbc = jdbc;
		this.renovations = renovations;
		this.timeline = new Timeline(jdbc, "renovation_event");
		this.clock = clock;
	}

	/**
	 * A filter of the list; empty fields do not filter.
	 *
	 * @param regionPath under this node (inside the actor's region)
	 * @param status in this state
	 * @param category of this kind of works (its number)
	 * @param funding paid this way
	 * @param figure what this figure counts
	 * @param from planned on or after this day
	 * @param to planned on or before this day
	 * @param text words in the title or plan
	 */
	public record Filter(String regionPath, Status status, Long category, Funding funding, RenovationFigure figure,
			LocalDate from, LocalDate to, String text) {

		public static final Filter NONE = new Filter(null, null, null, null, null, null, null, null);

	}

	/** The projects of the actor's region: those under way first, newest first. */
	@Transactional(readOnly = true)
	public Page<Renovation> list(Actor actor, Filter f, int page, int size) {
		actor.require(RenovationPermissions.VIEW);
		Where w = Where.under(actor, "x", f.regionPath())
			.equal("status", f.status())
			.equal("category_id", f.category())
			.equal("channel", f.funding())
			.condition(f.figure() == null ? null : f.figure().condition())
			.days(f.from(), f.to(), this.clock.getZone())
			.condition("x.title like :text or x.plan like :text", "text",
					f.text() == null || f.text().isBlank() ? null : "%" + Like.escape(f.text().strip()) + "%");
		long total = this.jdbc.sql("select count(*) from renovation x" + w.sql()).params(w.params()).query(Long.class)
			.single();
		List<Renovation> items = this.jdbc.sql(Renovations.SELECT + w.sql()
				+ " order by x.status = 'ACCEPTED', x.created_at desc, x.id desc offset :offset limit :limit")
			.params(w.params())
			.param("offset", Page.offset(page, size))
			.param("limit", size)
			.query(Renovations::map)
			.list();
		return new Page<>(items, page, size, total);
	}

	/** A project. */
	@Transactional(readOnly = true)
	public Renovation get(Actor actor, long id) {
		return this.renovations.find(actor, id);
	}

	/** Its timeline, public: consultations, counts, progress, acceptance. */
	@Transactional(readOnly = true)
	public List<Timeline.Entry> timeline(Actor actor, long id) {
		this.renovations.find(actor, id);
		return this.timeline.read(id, false);
	}

	/** The acts the actor may do on it now. */
	@Transactional(readOnly = true)
	public Set<Act> allowed(Actor actor, long id) {
		return RenovationLoop.allowed(this.renovations.find(actor, id).status(), actor);
	}

}
