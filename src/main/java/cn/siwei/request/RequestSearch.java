package cn.siwei.request;

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

/** Requests in the one search: by the words of their description, as the ledger finds them. */
@Component
class RequestSearch implements SearchSource {

	private final RequestQueries queries;

	private final MessageSource messages;

	private final ZoneId zone;

	RequestSearch(RequestQueries queries, MessageSource messages, SiweiProperties properties) {
		this.queries = queries;
		this.messages = messages;
		this.zone = properties.zone();
	}

	@Override
	public String titleKey() {
		return "nav.requests";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<Found> search(Actor actor, String text, Locale locale, int limit) {
		if (!actor.can(RequestPermissions.VIEW)) {
			return Optional.empty();
		}
		RequestFilter filter = new RequestFilter(null, null, null, null, false, null, null, null, null, null, text);
		Page<Request> page = this.queries.ledger(actor, null, filter, locale, 0, limit);
		DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(this.zone);
		return Optional.of(new Found(page.total(), page.items().stream()
			.map(r -> new Hit("#" + r.id() + " · " + r.categoryName(), r.description(),
					r.regionName() + " · " + day.format(r.createdAt()) + " · "
							+ this.messages.getMessage(r.status().messageKey(), null, locale),
					"/requests/" + r.id()))
			.toList(), "/requests?q=" + UriUtils.encodeQueryParam(text, "UTF-8")));
	}

}
