package cn.siwei.employment;

import java.util.List;

import cn.siwei.figures.FigureSource.Counted;

/**
 * The counted figures of employment, one list per table (each on {@code x}, by the day the record was made; a fair
 * by the day it opens). The first of each list is what the dashboard's breakdowns count by.
 */
public enum EmploymentFigure {

	/** Fairs held (closed after they ended). */
	FAIRS_HELD(Kind.FAIR, "x.status = 'HELD'", "1"),
	/** Fairs planned, not yet held. */
	FAIRS_PLANNED(Kind.FAIR, "x.status = 'PLANNED'", "1"),
	/** Seekers checked in at fairs (a sum). */
	FAIR_CHECKED_IN(Kind.FAIR, "x.checked_in > 0", "x.checked_in"),
	/** Intents to hire recorded at fairs' booths (a sum). */
	FAIR_INTENTS(Kind.FAIR, "x.intents > 0", "x.intents"),

	/** Vacancies opened. */
	VACANCIES(Kind.VACANCY, "true", "1"),
	/** Still open. */
	VACANCIES_OPEN(Kind.VACANCY, "x.status = 'OPEN'", "1"),
	/** Every place taken. */
	VACANCIES_FILLED(Kind.VACANCY, "x.status = 'FILLED'", "1"),
	/** Places offered (a sum). */
	PLACES(Kind.VACANCY, "true", "x.places"),

	/** Seekers registered. */
	SEEKERS(Kind.SEEKER, "true", "1"),
	/** Who consented to share with employers. */
	SEEKERS_CONSENTED(Kind.SEEKER, "x.consent_at is not null", "1"),
	/** With a care tag of employment assistance. */
	SEEKERS_ASSISTED(Kind.SEEKER, "x.category_id <> 9", "1"),
	/** Placed. */
	SEEKERS_PLACED(Kind.SEEKER, "x.status = 'PLACED'", "1"),

	/** Applications made. */
	APPLICATIONS(Kind.APPLICATION, "true", "1"),
	/** Hired. */
	APPLICATIONS_HIRED(Kind.APPLICATION, "x.status = 'HIRED'", "1"),
	/** Refused. */
	APPLICATIONS_REFUSED(Kind.APPLICATION, "x.status = 'REFUSED'", "1"),
	/** Closed after two months untouched. */
	APPLICATIONS_CLOSED(Kind.APPLICATION, "x.status = 'CLOSED'", "1"),

	/** Placements confirmed at hire. */
	PLACEMENTS(Kind.PLACEMENT, "true", "1"),
	/** Checked at 30 days. */
	CHECKED_30(Kind.PLACEMENT, "x.check30 is not null", "1"),
	/** Still in work at 30 days. */
	IN_WORK_30(Kind.PLACEMENT, "x.check30 = 'IN_WORK'", "1"),
	/** Checked at 90 days. */
	CHECKED_90(Kind.PLACEMENT, "x.check90 is not null", "1"),
	/** Still in work at 90 days. */
	IN_WORK_90(Kind.PLACEMENT, "x.check90 = 'IN_WORK'", "1"),
	/** Hired after completing a training. */
	PLACED_AFTER_TRAINING(Kind.PLACEMENT, "x.after_training", "1"),

	/** Trainings started. */
	TRAININGS(Kind.TRAINING, "true", "1"),
	/** Trainings finished. */
	TRAININGS_FINISHED(Kind.TRAINING, "x.status = 'FINISHED'", "1"),
	/** Places offered by trainings (a sum). */
	TRAINING_PLACES(Kind.TRAINING, "true", "x.capacity"),

	/** Seekers enrolled in trainings. */
	ENROLMENTS(Kind.ENROLMENT, "true", "1"),
	/** Completed, with a certificate. */
	COMPLETIONS(Kind.ENROLMENT, "x.status = 'COMPLETED'", "1"),
	/** Dropped out. */
	DROPPED(Kind.ENROLMENT, "x.status = 'DROPPED'", "1");

	/** The table a figure counts. */
	public enum Kind {

		FAIR("job_fair", "/jobs/fairs", "kind"), VACANCY("job_vacancy", "/jobs/vacancies", "hours"),
		SEEKER("job_seeker", "/jobs/seekers", "consent"), APPLICATION("job_application", "/jobs/applications", "sender"),
		PLACEMENT("job_placement", "/jobs/placements", "source"), TRAINING("job_training", "/jobs/trainings", "kind"),
		ENROLMENT("job_training_enrolment", "/jobs/enrolments", "kind");

		private final String table;

		private final String list;

		private final String channelParam;

		Kind(String table, String list, String channelParam) {
			this.table = table;
			this.list = list;
			this.channelParam = channelParam;
		}

		public String table() {
			return this.table;
		}

		public String list() {
			return this.list;
		}

		public String channelParam() {
			return this.channelParam;
		}

		/** Its figures, in order. */
		public List<EmploymentFigure> figures() {
			return java.util.Arrays.stream(EmploymentFigure.values()).filter(f -> f.kind == this).toList();
		}

	}

	private final Kind kind;

	private final String condition;

	private final String measure;

	EmploymentFigure(Kind kind, String condition, String measure) {
		this.kind = kind;
		this.condition = condition;
		this.measure = measure;
	}

	public Kind kind() {
		return this.kind;
	}

	public String condition() {
		return this.condition;
	}

	public String measure() {
		return this.measure;
	}

	Counted counted() {
		return new Counted(name(), this.condition, this.measure, "employment.figure." + name(),
				"employment.figureDef." + name());
	}

}
