package cn.siwei.problem;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.siwei.figures.FigureSource;
import cn.siwei.figures.ListFigureSource;
import cn.siwei.figures.RankedRate;
import cn.siwei.problem.ProblemTerms.Kind;

/**
 * The problem inventory's figures, registered with the figures capability: problems found, put on the list,
 * solved, solved on time, late and dropped, with the solved and on-time rates; by kind (category) and by how they
 * were found (channel).
 */
@Configuration(proxyBeanMethods = false)
class ProblemFigureSource {

	@Bean
	FigureSource problemFigures(MessageSource messages) {
		return new ListFigureSource("problem", "problem", "x", ProblemPermissions.VIEW, "problem.title",
				ListFigureSource.counted("problem", ProblemFigure.values(), ProblemFigure::condition),
				List.of(ListFigureSource.rate("problem", "SOLVED_RATE", "SOLVED", "DISCOVERED", "solvedRate"),
						ListFigureSource.rate("problem", "ON_TIME_RATE", "SOLVED_ON_TIME", "SOLVED", "onTimeRate")),
				ListFigureSource.categories(messages, Kind.values(), Kind::category, Kind::messageKey), "problem.source.",
				"/problems", "source",
				new FigureSource.Overdue("x.status = 'ASSIGNED' and x.due_at < :now", "x.due_at", "/problems/{id}",
						"x.title"));
	}

	/** Problems solved, in the monthly ranking of streets and communities. */
	@Bean
	RankedRate problemsRanked() {
		return new RankedRate("problem", "SOLVED_RATE");
	}

}
