package cn.siwei.renovation;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.siwei.figures.FigureSource;
import cn.siwei.figures.ListFigureSource;
import cn.siwei.renovation.RenovationTerms.Works;

/**
 * Renovation's figures, registered with the figures capability: projects planned, consulted, consented, under
 * way, completed and refused, with the consent and completion rates; by kind of works and by who pays. For staff
 * and leaders: residents see their projects, not the dashboard.
 */
@Configuration(proxyBeanMethods = false)
class RenovationFigureSource {

	@Bean
	FigureSource renovationFigures(MessageSource messages) {
		return new ListFigureSource("renovation", "renovation", "x", RenovationPermissions.FIGURES, "renovation.title",
				ListFigureSource.counted("renovation", RenovationFigure.values(), RenovationFigure::condition),
				List.of(ListFigureSource.rate("renovation", "CONSENT_RATE", "CONSENTED", "CONSULTED", "consentRate"),
						ListFigureSource.rate("renovation", "COMPLETION_RATE", "COMPLETED", "PROJECTS", "completionRate")),
				ListFigureSource.categories(messages, Works.values(), Works::category, Works::messageKey),
				"renovation.funding.", "/renovations", "funding", null);
	}

}
