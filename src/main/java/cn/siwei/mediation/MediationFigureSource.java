package cn.siwei.mediation;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.siwei.figures.FigureSource;
import cn.siwei.figures.ListFigureSource;
import cn.siwei.figures.RankedRate;
import cn.siwei.mediation.MediationTerms.Kind;

/**
 * Mediation's figures, registered with the figures capability: cases received (property disputes apart),
 * accepted, handled, settled, late, confirmed and performed, with the success, confirmation and performance rates;
 * by kind of dispute (category) and by where it came from (channel).
 */
@Configuration(proxyBeanMethods = false)
class MediationFigureSource {

	@Bean
	FigureSource mediationFigures(MessageSource messages) {
		return new ListFigureSource("mediation", "mediation", "x", MediationPermissions.VIEW, "mediation.title",
				ListFigureSource.counted("mediation", MediationFigure.values(), MediationFigure::condition),
				List.of(ListFigureSource.rate("mediation", "SUCCESS_RATE", "AGREED", "HANDLED", "successRate"),
						ListFigureSource.rate("mediation", "CONFIRMATION_RATE", "CONFIRMED", "AGREED", "confirmationRate"),
						ListFigureSource.rate("mediation", "PERFORMANCE_RATE", "PERFORMED", "FOLLOWED_UP",
								"performanceRate")),
				ListFigureSource.categories(messages, Kind.values(), Kind::category, Kind::messageKey),
				"mediation.source.", "/mediations", "source",
				new FigureSource.Overdue("x.status = 'ACCEPTED' and x.due_at < :now", "x.due_at", "/mediations/{id}",
						"x.facts"));
	}

	/** Disputes settled, in the monthly ranking of streets and communities. */
	@Bean
	RankedRate mediationRanked() {
		return new RankedRate("mediation", "SUCCESS_RATE");
	}

}
