package cn.siwei.employment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.siwei.employment.EmploymentFigure.Kind;
import cn.siwei.employment.EmploymentTerms.Care;
import cn.siwei.figures.FigureSource;
import cn.siwei.figures.ListFigureSource;

/**
 * Employment's figures, registered with the figures capability: fairs (offline and online), vacancies, seekers,
 * applications, and placements with their 30- and 90-day retention; each opens onto the records it counts.
 */
@Configuration(proxyBeanMethods = false)
class EmploymentFigureSources {

	/** The occupations' major groups (GB/T 6565), the category of vacancies, applications and placements. */
	static Map<Long, String> groups(MessageSource messages, java.util.Locale locale) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (long g = 1; g <= 8; g++) {
			names.put(g, messages.getMessage("employment.group." + g, null, locale));
		}
		return names;
	}

	private static FigureSource source(Kind kind, String title, List<FigureSource.Rate> rates,
			java.util.function.Function<java.util.Locale, Map<Long, String>> categories, String channelPrefix) {
		return new ListFigureSource(kind.table(), kind.table(), "x", EmploymentPermissions.VIEW, title,
				kind.figures().stream().map(EmploymentFigure::counted).toList(), rates, categories, channelPrefix,
				kind.list(), kind.channelParam(), null);
	}

	@Bean
	FigureSource jobFairFigures(MessageSource messages) {
		return source(Kind.FAIR, "employment.figures.fairs", List.of(),
				locale -> Map.of(1L, messages.getMessage("employment.fairs", null, locale)), "employment.fairKind.");
	}

	@Bean
	FigureSource jobVacancyFigures(MessageSource messages) {
		return source(Kind.VACANCY, "employment.figures.vacancies", List.of(), locale -> groups(messages, locale),
				"employment.hours.");
	}

	@Bean
	FigureSource jobSeekerFigures(MessageSource messages) {
		return source(Kind.SEEKER, "employment.figures.seekers",
				List.of(ListFigureSource.rate("employment", "PLACED_SHARE", "SEEKERS_PLACED", "SEEKERS", "placedShare")),
				locale -> {
					Map<Long, String> names = new LinkedHashMap<>();
					for (Care c : Care.values()) {
						names.put(c.category(), messages.getMessage(c.messageKey(), null, locale));
					}
					names.put(Care.NONE, messages.getMessage("employment.care.NONE", null, locale));
					return names;
				}, "employment.consent.");
	}

	@Bean
	FigureSource jobApplicationFigures(MessageSource messages) {
		return source(Kind.APPLICATION, "employment.figures.applications",
				List.of(ListFigureSource.rate("employment", "HIRE_RATE", "APPLICATIONS_HIRED", "APPLICATIONS", "hireRate")),
				locale -> groups(messages, locale), "employment.sender.");
	}

	@Bean
	FigureSource jobPlacementFigures(MessageSource messages) {
		return source(Kind.PLACEMENT, "employment.figures.placements",
				List.of(ListFigureSource.rate("employment", "RETENTION_30", "IN_WORK_30", "CHECKED_30", "retention30"),
						ListFigureSource.rate("employment", "RETENTION_90", "IN_WORK_90", "CHECKED_90", "retention90")),
				locale -> groups(messages, locale), "employment.source.");
	}

	@Bean
	FigureSource jobTrainingFigures(MessageSource messages) {
		return source(Kind.TRAINING, "employment.figures.trainings", List.of(), locale -> groups(messages, locale),
				"employment.trainingKind.");
	}

	@Bean
	FigureSource jobEnrolmentFigures(MessageSource messages) {
		return source(Kind.ENROLMENT, "employment.figures.enrolments",
				List.of(ListFigureSource.rate("employment", "COMPLETION_RATE", "COMPLETIONS", "ENROLMENTS", "completionRate")),
				locale -> groups(messages, locale), "employment.trainingKind.");
	}

}
