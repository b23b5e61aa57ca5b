package cn.siwei.platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.siwei.access.Actor;

/**
 * The one check of an id that an actor names in a form or an API call (a person, an organisation, a team, a
 * region, a request): the record must lie inside the actor's part of the region tree, for writes as for reads. An
 * administrator of one city cannot bind an account to a person of another; staff cannot record a request into a
 * region they do not serve. A record that does not exist and one outside the scope get the same answer, so the
 * answer tells nothing about other cities.
 */
@Component
public class Bindings {

	public static final String REGION = "region";

	public static final String PERSON = "person";

	public static final String ORGANISATION = "organisation";

	public static final String TEAM = "team";

	public static final String REQUEST = "request";

	public static final String WISH = "wish";

	private final Map<String, RecordLocator> locators;

	Bindings(List<RecordLocator> locators) {
		this.locators = locators.stream().collect(Collectors.toMap(RecordLocator::kind, Function.identity()));
	}

	/**
	 * Checks that the record lies inside the actor's scope, adding a violation on the field otherwise.
	 * @param v where the form's problems are collected
	 * @param actor who names the record
	 * @param field the input that named it
	 * @param kind the kind of record
	 * @param id the id named, or null (nothing to check: whether it is required is the form's own rule)
	 * @return the record's region path, or empty when it was refused or not given
	 */
	public Optional<String> inScope(Violations v, Actor actor, String field, String kind, Long id) {
		if (id == null) {
			return Optional.empty();
		}
		Optional<String> path = pathOf(kind, id).filter(p -> actor.scope().covers(p));
		if (path.isEmpty()) {
			v.add(field, "binding.rejected.outOfScope");
		}
		return path;
	}

	/**
	 * Checks that the record lies inside the actor's scope or on the way from the actor's node up to the root:
	 * the units work may be given to (the departments of the district over a community).
	 * @return the record's region path, or empty when it was refused or not given
	 */
	public Optional<String> withinReach(Violations v, Actor actor, String field, String kind, Long id) {
		if (id == null) {
			return Optional.empty();
		}
		Optional<String> path = pathOf(kind, id)
			.filter(p -> actor.scope().covers(p) || actor.regionPath().startsWith(p));
		if (path.isEmpty()) {
			v.add(field, "binding.rejected.outOfScope");
		}
		return path;
	}

	/** The same as {@link #inScope(Violations, Actor, String, String, Long)}, refusing at once. */
	public String requireInScope(Actor actor, String field, String kind, long id) {
		Violations v = new Violations();
		Optional<String> path = inScope(v, actor, field, kind, id);
		v.throwIfAny();
		return path.orElseThrow();
	}

	/** The kinds of record that may be pointed at, in a stable order. */
	public List<String> pointableKinds() {
		return this.locators.values().stream().filter(RecordLocator::pointable).map(RecordLocator::kind).sorted().toList();
	}

	/**
	 * The record named, when its kind may be pointed at and it lies inside the actor's scope; else a violation on
	 * the field (the same one for a record that does not exist and one outside the scope).
	 */
	public Optional<RecordLocator.Pointer> pointer(Violations v, Actor actor, String field, String kind, Long id) {
		RecordLocator locator = kind == null ? null : this.locators.get(kind);
		if (locator == null || !locator.pointable() || id == null) {
			v.add(field, "binding.rejected.outOfScope");
			return Optional.empty();
		}
		Optional<RecordLocator.Pointer> pointer = locator.pointer(id).filter(p -> actor.scope().covers(p.regionPath()));
		if (pointer.isEmpty()) {
			v.add(field, "binding.rejected.outOfScope");
		}
		return pointer;
	}

	private Optional<String> pathOf(String kind, long id) {
		RecordLocator locator = this.locators.get(kind);
		if (locator == null) {
			throw new IllegalArgumentException("No locator for records of kind " + kind);
		}
		return locator.regionPathOf(id);
	}

}
