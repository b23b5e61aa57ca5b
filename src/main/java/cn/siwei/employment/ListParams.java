package cn.siwei.employment;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a list of employment's records is asked for, as a query string: the node, the figure it opens from, its
 * category, the channel under the list's own name ({@code kind} for fairs and trainings, {@code hours} for
 * vacancies, {@code consent} for seekers, {@code sender} for applications, {@code source} for placements), the status,
 * the days, words, the page.
 */
record ListParams(Long region, EmploymentFigure figure, Long category, String kind, String hours, String consent,
		String sender, String source, String status, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String q, Integer page, Integer size) {

	/** The channel, whichever name the list gives it. */
	String channel() {
		for (String c : new String[] { this.kind, this.hours, this.consent, this.sender, this.source }) {
			if (c != null && !c.isBlank()) {
				return c.strip();
			}
		}
		return null;
	}

	String statusOrNull() {
		return this.status == null || this.status.isBlank() ? null : this.status.strip();
	}

	/** The words, at most a hundred characters. */
	String text() {
		String t = this.q == null ? "" : this.q.strip();
		return t.length() > 100 ? t.substring(0, 100) : t;
	}

	int pageOrFirst() {
		return this.page == null ? 0 : Math.max(0, this.page);
	}

}
