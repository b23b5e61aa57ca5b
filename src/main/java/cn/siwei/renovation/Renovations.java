package cn.siwei.renovation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.platform.ActUpdate;
import cn.siwei.platform.Events;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Timeline;
import cn.siwei.platform.Violations;
import cn.siwei.platform.Where;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.renovation.RenovationLoop.Act;
import cn.siwei.renovation.RenovationTerms.EventKind;
import cn.siwei.renovation.RenovationTerms.Funding;
import cn.siwei.renovation.RenovationTerms.Status;
import cn.siwei.renovation.RenovationTerms.Works;

/**
 * The acts on renovation projects: each checks the actor and the project's scope, asks the loop, applies a
 * conditional update, writes the timeline (public: residents read it) and the audit trail, and publishes its event.
 */
@Service
public class Renovations {

	static final String TYPE = "renovation";

	static final String SELECT = "select x.*, g.name as region_name from renovation x join region g on g.id = x.region_id";

	private final JdbcClient jdbc;

	private final Regions regions;

	private final Timeline timeline;

	private final Events events;

	private final Clock clock;

	private final int consentNumerator;

	private final int consentDenominator;

	Renovations(JdbcClient jdbc, Regions regions, Events events, Clock clock,
			@Value("${siwei.renovation.consent-share:2/3}") String consentShare) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.timeline = new Timeline(jdbc, "renovation_event");
		this.events = events;
		this.clock = clock;
		String[] share = consentShare.strip().split("/");
		this.consentNumerator = Integer.parseInt(share[0].strip());
		this.consentDenominator = Integer.parseInt(share[1].strip());
		if (this.consentNumerator <= 0 || this.consentNumerator > this.consentDenominator) {
			throw new IllegalStateException("siwei.renovation.consent-share must be a fraction in (0, 1], not " + consentShare);
		}
	}

	/** The share of households that must agree, as "2/3". */
	public String consentShare() {
		return this.consentNumerator + "/" + this.consentDenominator;
	}

	static Renovation map(ResultSet rs, int n) throws SQLException {
		Timestamp accepted = rs.getTimestamp("accepted_at");
		return new Renovation(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_path"),
				rs.getString("region_name"), Works.of(rs.getLong("category_id")), Funding.valueOf(rs.getString("channel")),
				rs.getString("title"), rs.getString("plan"), rs.getInt("households"), rs.getBigDecimal("budget"),
				Status.valueOf(rs.getString("status")), rs.getObject("consent_for", Integer.class),
				rs.getObject("consent_against", Integer.class), rs.getInt("progress"), rs.getString("inspector"),
				accepted == null ? null : accepted.toInstant(), rs.getTimestamp("created_at").toInstant());
	}

	/** A project in the actor's region, or 404. */
	Renovation find(Actor actor, long id) {
		actor.require(RenovationPermissions.VIEW);
		return Where.one(this.jdbc, SELECT, "x", actor, id, Renovations::map, TYPE);
	}

	/** 计划: a project for a compound of the actor's region. */
	@Transactional
	public long plan(Actor actor, RenovationForm form) {
		actor.require(RenovationPermissions.MANAGE);
		Violations v = new Violations();
		Region region = this.regions.named(v, actor, "regionId", form.regionId());
		if (form.works() == null) {
			v.add("works", "validation.required");
		}
		if (form.funding() == null) {
			v.add("funding", "validation.required");
		}
		String title = v.required("title", form.title(), 200);
		String plan = v.required("plan", form.plan(), 4000);
		if (form.households() == null || form.households() < 1 || form.households() > 100_000) {
			v.add("households", "renovation.rejected.households");
		}
		BigDecimal budget = form.budget();
		if (budget != null && (budget.signum() < 0 || budget.compareTo(new BigDecimal("999999999999.99")) > 0
				|| budget.scale() > 2)) {
			v.add("budget", "renovation.rejected.budget");
		}
		v.throwIfAny();
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into renovation (region_id, region_path, category_id, channel, title, plan, households, budget,
				  status, created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?) returning id""")
			.params(region.id(), region.path(), form.works().category(), form.funding().name(), title, plan,
					form.households(), budget, actor.accountId(), Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.single();
		write(actor, id, EventKind.PLANNED, title, now);
		this.events.created(actor, TYPE, id, region.path(), Map.of("title", title, "households", form.households()));
		return id;
	}

	/** 征求意见: the plan (revised after a refusal, when a new one is given) is put to the households. */
	@Transactional
	public void consult(Actor actor, long id, String revisedPlan) {
		Renovation r = check(actor, id, Act.CONSULT);
		Violations v = new Violations();
		String plan = v.optional("plan", revisedPlan, 4000);
		v.throwIfAny();
		Instant now = this.clock.instant();
		ActUpdate.move(this.jdbc, TYPE, id, Act.CONSULT.from(), Status.CONSULTING,
				"plan = coalesce(:plan, plan), consent_for = null, consent_against = null", planParam(plan), now,
				"renovation.rejected.wrongState");
		write(actor, id, plan == null ? EventKind.CONSULTED : EventKind.REVISED, plan, now);
		if (plan != null) {
			audit(actor, r, "plan", r.plan(), plan, null);
		}
	}

	private static Map<String, Object> planParam(String plan) {
		Map<String, Object> p = new HashMap<>();
		p.put("plan", plan);
		return p;
	}

	/**
	 * 计票: the households for and against (the rest did not answer). The works start when at least the city's
	 * share of all the households concerned agreed; else the project is refused and may be revised and asked again.
	 * @return whether the households consented
	 */
	@Transactional
	public boolean tally(Actor actor, long id, Integer agreed, Integer against) {
		Renovation r = check(actor, id, Act.TALLY);
		Violations v = new Violations();
		if (agreed == null || agreed < 0) {
			v.add("agreed", "renovation.rejected.count");
		}
		if (against == null || against < 0) {
			v.add("against", "renovation.rejected.count");
		}
		if (agreed != null && against != null && agreed + against > r.households()) {
			v.add("agreed", "renovation.rejected.moreThanHouseholds", r.households());
		}
		v.throwIfAny();
		boolean consented = RenovationLoop.consented(agreed, r.households(), this.consentNumerator, this.consentDenominator);
		Instant now = this.clock.instant();
		ActUpdate.move(this.jdbc, TYPE, id, Act.TALLY.from(), consented ? Status.WORKS : Status.REJECTED,
				"consent_for = :agreed, consent_against = :against, consulted_at = :now",
				Map.of("agreed", agreed, "against", against), now, "renovation.rejected.wrongState");
		write(actor, id, consented ? EventKind.CONSENTED : EventKind.REFUSED, agreed + " / " + r.households() + " 户同意，"
				+ against + " 户不同意（须达 " + consentShare() + "）", now);
		audit(actor, r, "status", r.status().name(), (consented ? Status.WORKS : Status.REJECTED).name(), null);
		this.events.publish(new RenovationEvents.ConsentCounted(id, r.regionPath(), consented));
		return consented;
	}

	/** 进度: how far the works are, with a note residents read. */
	@Transactional
	public void progress(Actor actor, long id, Integer percent, String note) {
		Renovation r = check(actor, id, Act.PROGRESS);
		Violations v = new Violations();
		if (percent == null || percent < 0 || percent > 100) {
			v.add("percent", "renovation.rejected.percent");
		}
		String text = v.required("note", note, 2000);
		v.throwIfAny();
		Instant now = this.clock.instant();
		ActUpdate.move(this.jdbc, TYPE, id, Act.PROGRESS.from(), Status.WORKS, "progress = :percent",
				Map.of("percent", percent), now, "renovation.rejected.wrongState");
		write(actor, id, EventKind.PROGRESS, percent + "%：" + text, now);
		audit(actor, r, "progress", String.valueOf(r.progress()), String.valueOf(percent), null);
	}

	/** 验收: accepted (the project is done), or not (the works go on, the reason noted). */
	@Transactional
	public void accept(Actor actor, long id, boolean passed, String inspector, String note) {
		Renovation r = check(actor, id, Act.ACCEPT);
		Violations v = new Violations();
		String who = v.required("inspector", inspector, 100);
		String text = passed ? v.optional("note", note, 2000) : v.required("note", note, 2000);
		v.throwIfAny();
		Instant now = this.clock.instant();
		if (!passed) {
			write(actor, id, EventKind.FAILED_ACCEPTANCE, who + "：" + text, now);
			return;
		}
		ActUpdate.move(this.jdbc, TYPE, id, Act.ACCEPT.from(), Status.ACCEPTED,
				"progress = 100, inspector = :inspector, accepted_at = :now", Map.of("inspector", who), now,
				"renovation.rejected.wrongState");
		write(actor, id, EventKind.ACCEPTED, who + (text == null ? "" : "：" + text), now);
		audit(actor, r, "status", r.status().name(), Status.ACCEPTED.name(), null);
		this.events.publish(new RenovationEvents.RenovationAccepted(id, r.regionPath()));
	}

	private Renovation check(Actor actor, long id, Act act) {
		actor.require(RenovationPermissions.MANAGE);
		Renovation r = find(actor, id);
		RenovationLoop.refusal(act, r.status(), actor).ifPresent(key -> {
			throw "error.forbidden".equals(key) ? new AccessDenied(RenovationPermissions.MANAGE) : Rejected.because(key);
		});
		return r;
	}

	private void write(Actor actor, long id, EventKind kind, String note, Instant now) {
		this.timeline.write(new Timeline.Line(id, null, kind.name(), note, true, false), now, actor.accountId(),
				actor.displayName());
	}

	private void audit(Actor actor, Renovation r, String field, String before, String after, String reason) {
		this.events.changed(actor, TYPE, r.id(), RecordChanged.Action.UPDATE, r.regionPath(),
				Map.of(field, before == null ? "" : before), Map.of(field, after == null ? "" : after), reason);
	}

}
