package cn.siwei.mediation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.mediation.MediationLoop.Suggestion;
import cn.siwei.mediation.MediationTerms.Body;
import cn.siwei.mediation.MediationTerms.Kind;
import cn.siwei.platform.Events;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Violations;
import cn.siwei.platform.Where;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;

/**
 * The pool of mediators (调解员库) and the suggestions drawn from it for a case. A mediator serves the node they
 * are registered at and everything under it, so a district court's mediators are offered to every community of
 * the district, a community's own committee only to that community. The pool a worker sees is what serves their
 * region (the nodes above it) and what lies inside it; they add and retire mediators only inside it.
 */
@Service
public class MediatorPool {

	static final String TYPE = "mediator";

	private static final String SELECT = """
			select x.*, g.name as region_name,
			  (select count(*) from mediation c where c.mediator_id = x.id and c.status in ('MEDIATING', 'ACCEPTED'))
			    as open_cases
			from mediator x join region g on g.id = x.region_id""";

	private final JdbcClient jdbc;

	private final Regions regions;

	private final Events events;

	private final Clock clock;

	MediatorPool(JdbcClient jdbc, Regions regions, Events events, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
	}

	static Mediator map(ResultSet rs, int n) throws SQLException {
		Set<Kind> kinds = EnumSet.noneOf(Kind.class);
		for (String k : rs.getString("kinds").split(",")) {
			kinds.add(Kind.valueOf(k));
		}
		return new Mediator(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_path"),
				rs.getString("region_name"), rs.getString("name"), Body.valueOf(rs.getString("body")),
				rs.getString("unit"), kinds, rs.getBoolean("active"), rs.getLong("open_cases"));
	}

	/** The active mediators serving the actor's region or inside it: nearest first, then by name. */
	@Transactional(readOnly = true)
	public List<Mediator> list(Actor actor) {
		actor.require(MediationPermissions.VIEW);
		return this.jdbc.sql(SELECT + """
				 where x.active and (in_subtree(x.region_path, :scope) or in_subtree(:scope, x.region_path))
				order by length(x.region_path) desc, x.region_path, x.name, x.id""")
			.param("scope", actor.scope().regionPath())
			.query(MediatorPool::map)
			.list();
	}

	/** Puts a mediator into the pool at a node of the actor's region. */
	@Transactional
	public long add(Actor actor, MediatorForm form) {
		actor.require(MediationPermissions.HANDLE);
		Violations v = new Violations();
		Region region = this.regions.named(v, actor, "regionId", form.regionId());
		String name = v.required("name", form.name(), 100);
		if (form.body() == null) {
			v.add("body", "validation.required");
		}
		String unit = v.optional("unit", form.unit(), 100);
		if (form.kinds() == null || form.kinds().isEmpty() || form.kinds().stream().anyMatch(java.util.Objects::isNull)) {
			v.add("kinds", "mediation.rejected.kinds");
		}
		v.throwIfAny();
		String kinds = form.kinds().stream().sorted().map(Kind::name).collect(Collectors.joining(","));
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into mediator (region_id, region_path, name, body, unit, kinds, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(region.id(), region.path(), name, form.body().name(), unit, kinds, actor.accountId(),
					Timestamp.from(now))
			.query(Long.class)
			.single();
		this.events.created(actor, TYPE, id, region.path(), Map.of("name", name, "body", form.body().name(), "kinds",
				kinds, "unit", unit == null ? "" : unit));
		return id;
	}

	/** Takes a mediator of the actor's region out of the pool; the cases they mediate keep them. */
	@Transactional
	public void retire(Actor actor, long id) {
		actor.require(MediationPermissions.HANDLE);
		Mediator m = Where.one(this.jdbc, SELECT, "x", actor, id, MediatorPool::map, TYPE);
		if (m.active()) {
			this.jdbc.sql("update mediator set active = false where id = ?").param(id).update();
			this.events.changed(actor, TYPE, id, RecordChanged.Action.DEACTIVATE, m.regionPath(),
					Map.of("active", true), Map.of("active", false), null);
		}
	}

	/**
	 * The pool's mediators who serve a case the actor was found to see, ranked with their reasons; conflicted ones
	 * last, with the conflict.
	 */
	@Transactional(readOnly = true)
	public List<Suggestion> suggestions(Actor actor, Mediation m) {
		actor.require(MediationPermissions.HANDLE);
		return MediationLoop.rank(serving(m.regionPath()), m, objected(m.id()));
	}

	/** An active mediator of the pool who serves the node at {@code casePath}, or empty. */
	Optional<Mediator> serving(long mediatorId, String casePath) {
		return this.jdbc.sql(SELECT + " where x.id = ? and x.active and in_subtree(?, x.region_path)")
			.params(mediatorId, casePath)
			.query(MediatorPool::map)
			.optional();
	}

	private List<Mediator> serving(String casePath) {
		return this.jdbc.sql(SELECT + " where x.active and in_subtree(?, x.region_path) order by x.id")
			.param(casePath)
			.query(MediatorPool::map)
			.list();
	}

	/** The names of the mediators a party objected to in a case. */
	List<String> objected(long caseId) {
		return this.jdbc.sql("select mediator_name from mediation_recusal where mediation_id = ? order by id")
			.param(caseId)
			.query(String.class)
			.list();
	}

	/** Kinds from the lists a form sends (each may be a comma list); an unknown word gives null, which add refuses. */
	static Set<Kind> kinds(List<String> names) {
		if (names == null) {
			return Set.of();
		}
		Set<Kind> out = new java.util.HashSet<>();
		names.stream().flatMap(n -> Arrays.stream(n.split(","))).map(String::strip).filter(s -> !s.isEmpty())
			.forEach(s -> out.add(Arrays.stream(Kind.values()).filter(k -> k.name().equals(s)).findFirst().orElse(null)));
		return out;
	}

}
