package cn.siwei.request;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Violations;
import cn.siwei.region.RegionSubtreeMoved;
import cn.siwei.request.RequestTerms.Step;
import cn.siwei.request.RequestTerms.Urgency;

/**
 * The rules of the request loop that staff set: the working days of each step, by category and urgency, and the
 * reply templates handlers start their notes from.
 */
@Service
public class RequestRules {

	private final RequestDictionary dictionary;

	private final RequestRepository repository;

	private final Events events;

	private final Clock clock;

	RequestRules(RequestDictionary dictionary, RequestRepository repository, Events events, Clock clock) {
		this.dictionary = dictionary;
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Request.Limit> limits(Locale locale) {
		return this.dictionary.limits(RequestQueries.english(locale));
	}

	/** Sets the working days of a step, for a category and urgency (null for all). */
	@Transactional
	public void setLimit(Actor actor, Long categoryId, Urgency urgency, Step step, Integer days) {
		actor.require(Permission.RULES_MANAGE);
		Violations v = new Violations();
		if (step == null) {
			v.add("step", "validation.required");
		}
		if (days == null || days < 1 || days > 60) {
			v.add("workingDays", "request.rejected.workingDays");
		}
		if (categoryId != null && this.dictionary.categories(false).stream().noneMatch(c -> c.id() == categoryId)) {
			v.add("categoryId", "request.rejected.categoryUnknown");
		}
		v.throwIfAny();
		this.dictionary.setLimit(categoryId, urgency, step, days, this.clock.instant());
		this.events.changed(actor, "request_time_limit", categoryId == null ? 0 : categoryId, RecordChanged.Action.UPDATE,
				"/", Map.of(), Map.of("step", step.name(), "urgency", String.valueOf(urgency), "workingDays", days), null);
	}

	/** Adds a reply template, for a category or for all. */
	@Transactional
	public long addTemplate(Actor actor, Long categoryId, String title, String body) {
		actor.require(Permission.DICTIONARY_MANAGE);
		Violations v = new Violations();
		String t = v.required("title", title, 100);
		String b = v.required("body", body, 2000);
		v.throwIfAny();
		long id = this.dictionary.addTemplate(categoryId, t, b);
		this.events.created(actor, "request_reply_template", id, "/", Map.of("title", t));
		return id;
	}

	@Transactional
	public void deactivateTemplate(Actor actor, long id) {
		actor.require(Permission.DICTIONARY_MANAGE);
		if (!this.dictionary.deactivateTemplate(id)) {
			throw new NotFound("request_reply_template", id);
		}
		this.events.changed(actor, "request_reply_template", id, RecordChanged.Action.DEACTIVATE, "/",
				Map.of("active", true), Map.of("active", false), null);
	}

	/** Requests follow their region when its subtree moves. */
	@EventListener
	void on(RegionSubtreeMoved moved) {
		this.repository.rewritePaths(moved.oldPath(), moved.newPath());
	}

}
