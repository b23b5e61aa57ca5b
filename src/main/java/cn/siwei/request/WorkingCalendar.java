package cn.siwei.request;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.platform.Events;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Violations;

/**
 * China's working days: Monday to Friday, except the public holidays, plus the weekend days worked in their place
 * (调休). The holidays live in a versioned table, one version per edit of a year, the highest version applying.
 */
@Service
public class WorkingCalendar {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Events events;

	WorkingCalendar(JdbcClient jdbc, Clock clock, Events events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/** A day that differs from the plain week. */
	public enum Kind {

		/** No work on a weekday (放假). */
		HOLIDAY("放假", "休息", "休", "假"),
		/** Work on a weekend day (调休, 补班). */
		WORKDAY("调休", "补班", "上班", "班");

		private final List<String> words;

		Kind(String... words) {
			this.words = List.of(words);
		}

		/** The word the editor writes: 放假, 调休. */
		public String word() {
			return this.words.get(0);
		}

		/** The kind a line names, in Chinese (放假, 调休, 补班 …) or by its name (HOLIDAY, workday). */
		static Kind read(String word) {
			String w = word.trim();
			for (Kind k : values()) {
				if (k.name().equalsIgnoreCase(w) || k.words.contains(w)) {
					return k;
				}
			}
			throw new IllegalArgumentException("not a kind of day: " + w);
		}

	}

	/**
	 * One listed day.
	 *
	 * @param day the date
	 * @param kind holiday or make-up working day
	 * @param name what the day is for
	 */
	public record Day(LocalDate day, Kind kind, String name) {
	}

	/**
	 * A version of a year's calendar.
	 *
	 * @param year the year
	 * @param version its number, the highest applying
	 * @param source where the days come from
	 * @param createdAt when it was entered
	 * @param createdBy who entered it
	 */
	public record Version(int year, int version, String source, Instant createdAt, String createdBy) {
	}

	/**
	 * The end of the {@code days}-th working day after the day of {@code from}: a step begun on a Friday afternoon
	 * with one working day runs to the end of Monday, and one begun on a holiday counts from the next working day.
	 */
	@Transactional(readOnly = true)
	public Instant due(Instant from, int days) {
		ZoneId zone = this.clock.getZone();
		LocalDate start = LocalDate.ofInstant(from, zone);
		Map<LocalDate, Kind> listed = listed(start.getYear(), start.plusDays(days * 3L + 60).getYear());
		LocalDate d = start;
		int left = days;
		while (left > 0) {
			d = d.plusDays(1);
			if (working(d, listed)) {
				left--;
			}
		}
		return d.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** Whether a date is a working day. */
	@Transactional(readOnly = true)
	public boolean isWorkingDay(LocalDate date) {
		return working(date, listed(date.getYear(), date.getYear()));
	}

	private static boolean working(LocalDate d, Map<LocalDate, Kind> listed) {
		Kind kind = listed.get(d);
		if (kind != null) {
			return kind == Kind.WORKDAY;
		}
		return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private Map<LocalDate, Kind> listed(int fromYear, int toYear) {
		Map<LocalDate, Kind> map = new HashMap<>();
		this.jdbc.sql("""
				select d.day, d.kind from work_calendar_day d
				where d.year between ? and ?
				  and d.version = (select max(c.version) from work_calendar c where c.year = d.year)""")
			.params(fromYear, toYear)
			.query((rs, n) -> map.put(rs.getDate(1).toLocalDate(), Kind.valueOf(rs.getString(2))))
			.list();
		return map;
	}

	/** The years with a calendar, newest first, with their current versions. */
	@Transactional(readOnly = true)
	public List<Version> versions() {
		return this.jdbc.sql("""
				select year, version, source, created_at, created_by from work_calendar c
				where version = (select max(version) from work_calendar x where x.year = c.year)
				order by year desc""")
			.query((rs, n) -> new Version(rs.getInt(1), rs.getInt(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5)))
			.list();
	}

	/** The listed days of a year's current version. */
	@Transactional(readOnly = true)
	public List<Day> days(int year) {
		return this.jdbc.sql("""
				select day, kind, name from work_calendar_day d
				where year = ? and version = (select max(version) from work_calendar c where c.year = d.year)
				order by day""")
			.param(year)
			.query((rs, n) -> new Day(rs.getDate(1).toLocalDate(), Kind.valueOf(rs.getString(2)), rs.getString(3)))
			.list();
	}

	/**
	 * A day of the calendar view.
	 *
	 * @param day the date
	 * @param weekend Saturday or Sunday
	 * @param kind how it is listed, null when it is a plain weekday or weekend day
	 * @param name what it is listed for, or empty
	 */
	public record Cell(LocalDate day, boolean weekend, Kind kind, String name) {

		/** Whether work is done that day. */
		public boolean working() {
			return this.kind == null ? !this.weekend : this.kind == Kind.WORKDAY;
		}

	}

	/**
	 * A month of the calendar view, in weeks from Monday; days of other months are null.
	 *
	 * @param month the month
	 * @param weeks its weeks
	 */
	public record Month(YearMonth month, List<List<Cell>> weeks) {
	}

	/** A year's current version as twelve months of weeks, for the editor to click. */
	@Transactional(readOnly = true)
	public List<Month> months(int year) {
		Map<LocalDate, Day> listed = new HashMap<>();
		days(year).forEach(d -> listed.put(d.day(), d));
		List<Month> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(year, m);
			List<List<Cell>> weeks = new ArrayList<>();
			List<Cell> week = new ArrayList<>();
			for (int pad = 1; pad < month.atDay(1).getDayOfWeek().getValue(); pad++) {
				week.add(null);
			}
			for (int d = 1; d <= month.lengthOfMonth(); d++) {
				LocalDate day = month.atDay(d);
				Day l = listed.get(day);
				week.add(new Cell(day, day.getDayOfWeek().getValue() >= 6, l == null ? null : l.kind(),
						l == null ? "" : l.name()));
				if (week.size() == 7) {
					weeks.add(week);
					week = new ArrayList<>();
				}
			}
			if (!week.isEmpty()) {
				while (week.size() < 7) {
					week.add(null);
				}
				weeks.add(week);
			}
			months.add(new Month(month, weeks));
		}
		return months;
	}

	/** The days of a year as the editor shows them: one line per day, "2026-10-01 放假 国庆节". */
	@Transactional(readOnly = true)
	public String text(int year) {
		StringBuilder b = new StringBuilder();
		days(year).forEach(d -> b.append(d.day()).append(' ').append(d.kind().word()).append(' ').append(d.name()).append('\n'));
		return b.toString();
	}

	/**
	 * Enters a new version of a year's calendar from lines of "date kind name"; every wrong line is reported with
	 * its number and nothing is saved.
	 * @return the new version's number
	 */
	@Transactional
	public int save(Actor actor, int year, String source, String lines) {
		actor.require(Permission.DICTIONARY_MANAGE);
		Violations v = new Violations();
		if (year < 2000 || year > 2100) {
			v.add("year", "calendar.rejected.year");
		}
		String src = v.required("source", source, 300);
		List<Day> days = parse(year, lines == null ? "" : lines, v);
		v.throwIfAny();
		int version = this.jdbc.sql("select coalesce(max(version), 0) + 1 from work_calendar where year = ?")
			.param(year)
			.query(Integer.class)
			.single();
		this.jdbc.sql("insert into work_calendar (year, version, source, created_at, created_by) values (?, ?, ?, ?, ?)")
			.params(year, version, src, Timestamp.from(this.clock.instant()), actor.displayName())
			.update();
		for (Day d : days) {
			this.jdbc.sql("insert into work_calendar_day (year, version, day, kind, name) values (?, ?, ?, ?, ?)")
				.params(year, version, d.day(), d.kind().name(), d.name())
				.update();
		}
		this.events.changed(actor, "work_calendar", year, RecordChanged.Action.UPDATE, "/", Map.of(),
				Map.of("version", version, "days", days.size()), src);
		return version;
	}

	private static List<Day> parse(int year, String lines, Violations v) {
		List<Day> days = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		String[] all = lines.split("\\R");
		for (int i = 0; i < all.length; i++) {
			String line = all[i].trim();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("\\s+", 3);
			try {
				LocalDate day = LocalDate.parse(parts[0]);
				Kind kind = Kind.read(parts.length > 1 ? parts[1] : "");
				String name = parts.length > 2 ? parts[2].trim() : "";
				if (day.getYear() != year) {
					v.add("days", "calendar.rejected.otherYear", i + 1, year);
				}
				else if (!seen.add(day)) {
					v.add("days", "calendar.rejected.twice", i + 1, day.toString());
				}
				else if (name.isEmpty() || name.length() > 50) {
					v.add("days", "calendar.rejected.name", i + 1);
				}
				else {
					days.add(new Day(day, kind, name));
				}
			}
			catch (RuntimeException ex) {
				v.add("days", "calendar.rejected.line", i + 1, line);
			}
		}
		if (days.isEmpty() && v.isEmpty()) {
			v.add("days", "validation.required");
		}
		return days;
	}

}
