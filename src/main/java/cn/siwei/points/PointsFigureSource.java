package cn.siwei.points;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.siwei.figures.FigureSource;
import cn.siwei.figures.ListFigureSource;

/**
 * The points' figures, registered with the figures capability: points awarded, awards, households active, points
 * reversed, redemptions and points spent, points expired; by the kind of rule (category) and the kind of posting
 * (channel); each opens onto the postings it counts.
 */
@Configuration(proxyBeanMethods = false)
class PointsFigureSource {

	@Bean
	FigureSource pointsFigures(MessageSource messages) {
		return new ListFigureSource("points", "points_transfer", "x", PointsPermissions.VIEW, "points.title",
				Arrays.stream(PointsFigure.values())
					.map(f -> new FigureSource.Counted(f.name(), f.condition(), f.measure(), "points.figure." + f.name(),
							"points.figureDef." + f.name()))
					.toList(),
				List.of(ListFigureSource.rate("points", "REDEEMED_SHARE", "REDEEMED", "AWARDED", "redeemedShare")),
				locale -> {
					Map<Long, String> names = new LinkedHashMap<>();
					for (PointsTerms.Trigger t : PointsTerms.Trigger.values()) {
						names.put(t.category(), messages.getMessage(t.messageKey(), null, locale));
					}
					names.put(7L, messages.getMessage("points.category.none", null, locale));
					return names;
				}, "points.transfer.", "/points/postings", "kind", null);
	}

}
