package cn.siwei.activity;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.siwei.activity.ActivityTerms.Kind;
import cn.siwei.figures.FigureSource;
import cn.siwei.figures.ListFigureSource;

/** The activities ledger's figures: activities and participants, by kind and by how people were counted. */
@Configuration(proxyBeanMethods = false)
class ActivityFigureSource {

	@Bean
	FigureSource activityFigures(MessageSource messages) {
		return new ListFigureSource("activity", "activity", "x", ActivityPermissions.VIEW, "activity.title",
				Arrays.stream(ActivityFigure.values())
					.map(f -> new FigureSource.Counted(f.name(), f.condition(), f.measure(), "activity.figure." + f.name(),
							"activity.figureDef." + f.name()))
					.toList(),
				List.of(), ListFigureSource.categories(messages, Kind.values(), Kind::category, Kind::messageKey),
				"activity.counting.", "/activities", "counting", null);
	}

}
