package cn.siwei.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The title line of an exported sheet ({@link LedgerSheet}): what it is, of which region, the filters that were
 * set ("label: value", or "all") and when it was made, in the reader's language.
 */
public final class SheetTitle {

	private final MessageSource messages;

	private final Locale locale;

	private final Clock clock;

	private final List<String> filters = new ArrayList<>();

	public SheetTitle(MessageSource messages, Locale locale, Clock clock) {
		this.messages = messages;
		this.locale = locale;
		this.clock = clock;
	}

	/** A filter with a value ("状态: 待认领"); nothing when the value is null or blank. */
	public SheetTitle filter(String labelKey, String value) {
		if (value != null && !value.isBlank()) {
			this.filters.add(text(labelKey) + ": " + value.trim());
		}
		return this;
	}

	/** A filter that is on or off ("超时"); nothing when off. */
	public SheetTitle flag(boolean on, String key) {
		if (on) {
			this.filters.add(text(key));
		}
		return this;
	}

	/** The period, from a day to a day (the end exclusive, as filters hold it); nothing when neither is set. */
	public SheetTitle period(Instant from, Instant toExclusive) {
		if (from != null || toExclusive != null) {
			this.filters.add(text("common.from") + " " + (from == null ? "…" : day(from)) + " " + text("common.to") + " "
					+ (toExclusive == null ? "…" : day(toExclusive.minusSeconds(1))));
		}
		return this;
	}

	/** The title line of the sheet named by {@code nameKey}, of the region {@code place}. */
	public String of(String nameKey, String place) {
		return this.messages.getMessage("export.title", new Object[] { text(nameKey), place,
				this.filters.isEmpty() ? text("common.all") : String.join("; ", this.filters),
				local(this.clock.instant(), this.clock.getZone()) }, this.locale);
	}

	/** A message in the reader's language (the key itself when there is none). */
	public String text(String key) {
		return this.messages.getMessage(key, null, key, this.locale);
	}

	/** A time as a sheet shows it: {@code 2026-11-27 10:00}, or null. */
	public static String local(Instant instant, ZoneId zone) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, zone).toString().replace('T', ' ').substring(0, 16);
	}

	private String day(Instant instant) {
		return local(instant, this.clock.getZone()).substring(0, 10);
	}

}
