package cn.siwei.figures;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.springframework.context.MessageSource;

import cn.siwei.access.Permission;

/**
 * The figures of a capability as most have them: one table, the figures an enum of conditions named
 * {@code <prefix>.figure.<NAME>} with their definitions at {@code <prefix>.figureDef.<NAME>}, the categories the
 * capability's own kinds, and a list page that takes {@code region}, {@code from}, {@code to}, {@code figure},
 * {@code category} and the capability's name for the channel. A capability declares one as a bean instead of
 * writing the same dozen methods again.
 *
 * @param kind its name in the figures capability
 * @param table the table counted
 * @param alias the table's alias in the conditions
 * @param permission who may see the figures
 * @param titleKey the capability's name on the dashboard
 * @param figures the counted figures
 * @param rates the rates
 * @param categories the names of the categories, in the reader's language
 * @param channelPrefix the message key of a channel, before the channel's name
 * @param list the list page the figures open onto
 * @param channelParam the list page's parameter for the channel
 * @param overdue what overdue means, or null
 */
public record ListFigureSource(String kind, String table, String alias, Permission permission, String titleKey,
		List<Counted> figures, List<Rate> rates, Function<Locale, Map<Long, String>> categories, String channelPrefix,
		String list, String channelParam, Overdue overdue) implements FigureSource {

	/** The counted figures of an enum of conditions, their messages under {@code prefix}. */
	public static <E extends Enum<E>> List<Counted> counted(String prefix, E[] figures, Function<E, String> condition) {
		return Arrays.stream(figures)
			.map(f -> Counted.of(f.name(), condition.apply(f), prefix + ".figure." + f.name(),
					prefix + ".figureDef." + f.name()))
			.toList();
	}

	/** A rate whose name and definition are under {@code prefix}: {@code <prefix>.<nameKey>}, {@code <prefix>.figureDef.<KEY>}. */
	public static Rate rate(String prefix, String key, String numerator, String denominator, String nameKey) {
		return new Rate(key, numerator, denominator, prefix + "." + nameKey, prefix + ".figureDef." + key);
	}

	/** The names of a capability's kinds by their category numbers, from the bundles. */
	public static <E extends Enum<E>> Function<Locale, Map<Long, String>> categories(MessageSource messages, E[] kinds,
			ToLongFunction<E> category, Function<E, String> messageKey) {
		return locale -> {
			Map<Long, String> names = new LinkedHashMap<>();
			for (E k : kinds) {
				names.put(category.applyAsLong(k), messages.getMessage(messageKey.apply(k), null, locale));
			}
			return names;
		};
	}

	@Override
	public Map<Long, String> categoryNames(Locale locale) {
		return this.categories.apply(locale);
	}

	@Override
	public String channelKey(String channel) {
		return this.channelPrefix + channel;
	}

	@Override
	public String drillDown(String figure, Selection s) {
		return this.list + "?region=" + s.regionId() + "&from=" + s.from() + "&to=" + s.to() + "&figure=" + figure
				+ (s.categoryId() != null ? "&category=" + s.categoryId() : "")
				+ (s.channel() != null ? "&" + this.channelParam + "=" + s.channel() : "");
	}

	/** The governance capabilities' figures are on the dashboard page, not the wall display. */
	@Override
	public boolean onWall() {
		return false;
	}

}
