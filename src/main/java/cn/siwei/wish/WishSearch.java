package cn.siwei.wish;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import cn.siwei.access.Actor;
import cn.siwei.platform.Page;
import cn.siwei.platform.SearchSource;
import cn.siwei.platform.SiweiProperties;

/** Wishes in the one search: by the words of their description, as the ledger finds them. */
@Component
class WishSearch implements SearchSource {

	private final WishQueries queries;

	private final MessageSource messages;

	private final ZoneId zone;

	WishSearch(WishQueries queries, MessageSource messages, SiweiProperties properties) {
		this.queries = queries;
		this.messages = messages;
		this.zone = properties.zone();
	}

	@Override
	public String titleKey() {
		return "nav.wishes";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Optional<Found> search(Actor actor, String text, Locale locale, int limit) {
		if (!actor.can(WishPermissions.VIEW)) {
			return Optional.empty();
		}
		WishFilter filter = new WishFilter(null, null, null, null, false, false, null, null, null, null, null)
			.withText(text);
		Page<Wish> page = this.queries.ledger(actor, null, filter, WishSort.NEWEST, locale, 0, limit);
		DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(this.zone);
		return Optional.of(new Found(page.total(), page.items().stream()
			.map(w -> new Hit("#" + w.id() + " · " + w.categoryName(), w.description(),
					w.regionName() + " · " + day.format(w.createdAt()) + " · "
							+ this.messages.getMessage(w.status().messageKey(), null, locale),
					"/wishes/" + w.id()))
			.toList(), "/wishes?sort=NEWEST&q=" + UriUtils.encodeQueryParam(text, "UTF-8")));
	}

}
