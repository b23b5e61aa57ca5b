package cn.siwei.mediation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.mediation.MediationLoop.Act;
import cn.siwei.mediation.MediationTerms.Source;
import cn.siwei.mediation.MediationTerms.Status;
import cn.siwei.platform.Page;
import cn.siwei.platform.Timeline;
import cn.siwei.platform.Where;

/** Mediation cases as a list (filtered, paged, opened from a figure) and one at a time, masked. */
@Service
public class MediationQueries {

	private final JdbcClient jdbc;

	private final Mediations mediations;

	private final Timeline timeline;

	private final Clock clock;

	MediationQueries(JdbcClient jdbc, Mediations mediations, Clock clock) {
		this.jdbc = jdbc;
		this.mediations = mediations;
		this.timeline = new Timeline(jdbc, "mediation_event");
		this.clock = clock;
	}

	/**
	 * A filter of the list; empty fields do not filter.
	 *
	 * @param regionPath under this node (inside the actor's region)
	 * @param status in this state
	 * @param category of this kind (its number)
	 * @param source from there
	 * @param figure what this figure counts
	 * @param from received on or after this day
	 * @param to received on or before this day
	 */
	public record Filter(String regionPath, Status status, Long category, Source source, MediationFigure figure,
			LocalDate from, LocalDate to) {

		public static final Filter NONE = new Filter(null, null, null, null, null, null, null);

	}

	/** The cases of the actor's region: open ones first, newest first. */
	@Transactional(readOnly = true)
	public Page<Mediation> list(Actor actor, Filter f, int page, int size) {
		actor.require(MediationPermissions.VIEW);
		Where w = Where.under(actor, "x", f.regionPath())
			.equal("status", f.status())
			.equal("category_id", f.category())
			.equal("channel", f.source())
			.condition(f.figure() == null ? null : f.figure().condition())
			.days(f.from(), f.to(), this.clock.getZone());
		long total = this.jdbc.sql("select count(*) from mediation x" + w.sql()).params(w.params()).query(Long.class)
			.single();
		List<Mediation> items = this.jdbc.sql(Mediations.SELECT + w.sql()
				+ " order by x.status = 'CLOSED', x.created_at desc, x.id desc offset :offset limit :limit")
			.params(w.params())
			.param("offset", Page.offset(page, size))
			.param("limit", size)
			.query(Mediations::map)
			.list();
		return new Page<>(items.stream().map(Mediation::masked).toList(), page, size, total);
	}

	/** A case, masked. */
	@Transactional(readOnly = true)
	public Mediation get(Actor actor, long id) {
		return this.mediations.find(actor, id).masked();
	}

	/** Its timeline: sessions, objections, extensions, visits. */
	@Transactional(readOnly = true)
	public List<Timeline.Entry> timeline(Actor actor, long id) {
		this.mediations.find(actor, id);
		return this.timeline.read(id, false);
	}

	/** The acts the actor may do on it now. */
	@Transactional(readOnly = true)
	public Set<Act> allowed(Actor actor, long id) {
		Mediation m = this.mediations.find(actor, id);
		return MediationLoop.allowed(m.status(), m.mediator() != null, actor);
	}

	Instant now() {
		return this.clock.instant();
	}

}
