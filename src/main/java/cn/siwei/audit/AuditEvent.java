package cn.siwei.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One entry of the audit trail.
 *
 * @param id the entry
 * @param at when
 * @param actorId who (0 for the platform itself)
 * @param actorName who, as shown
 * @param action what happened
 * @param entityType the kind of record
 * @param entityId the record
 * @param regionPath where the record lies
 * @param before the fields before, as JSON
 * @param after the fields after, as JSON
 * @param reason why, if given
 * @param zone the zone in which it is shown
 */
public record AuditEvent(long id, Instant at, long actorId, String actorName, String action, String entityType,
		long entityId, String regionPath, String before, String after, String reason, ZoneId zone) {

	/** When, in the platform's time zone, for display. */
	public LocalDateTime localAt() {
		return LocalDateTime.ofInstant(this.at, this.zone);
	}

	/**
	 * One field as it was and became; either side null when the field was not recorded on that side.
	 *
	 * @param field the field's name (its label is {@code audit.field.<field>})
	 * @param before its value before
	 * @param after its value after
	 */
	public record Change(String field, String before, String after) {
	}

	/**
	 * The fields this entry records, as a list a person reads: those whose value changed (or that only one side
	 * has), in the order they were recorded; a field that stayed the same is left out.
	 */
	public List<Change> changes() {
		Map<String, Object> b = read(this.before);
		Map<String, Object> a = read(this.after);
		Map<String, Change> changes = new LinkedHashMap<>();
		for (String field : b.keySet()) {
			changes.put(field, new Change(field, text(b.get(field)), a.containsKey(field) ? text(a.get(field)) : null));
		}
		for (String field : a.keySet()) {
			changes.putIfAbsent(field, new Change(field, null, text(a.get(field))));
		}
		return changes.values().stream()
			.filter(c -> !Objects.equals(c.before(), c.after()))
			.toList();
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Map<String, Object> read(String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		try {
			return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
			});
		}
		catch (RuntimeException ex) {
			return Map.of("", json);
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> list) {
			return String.join("、", list.stream().map(String::valueOf).toList());
		}
		return String.valueOf(value);
	}

}
