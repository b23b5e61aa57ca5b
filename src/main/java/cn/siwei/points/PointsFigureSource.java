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

	/** The objections to the red and black lists and what came of them; each opens onto the objections it counts. */
	@Bean
	FigureSource pointsObjectionFigures(MessageSource messages) {
		return new ListFigureSource("points_objection", "points_objection", "x", PointsPermissions.VIEW,
				"points.objectionFigures",
				ListFigureSource.counted("points.objection", PointsObjectionFigure.values(),
						PointsObjectionFigure::condition),
				List.of(ListFigureSource.rate("points.objection", "UPHELD_SHARE", "UPHELD", "OBJECTIONS", "upheldShare")),
				locale -> {
					Map<Long, String> names = new LinkedHashMap<>();
					names.put(1L, messages.getMessage("points.blackList", null, locale));
					names.put(2L, messages.getMessage("points.redList", null, locale));
					return names;
				}, "points.objection.", "/points/objections", "status", null);
	}

}
