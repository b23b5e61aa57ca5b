package cn.siwei.people;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.platform.Page;
import cn.siwei.platform.SearchSource;

/** People in the one search: by name (or an exact phone or ID number), masked as the people list shows them. */
@Component
class PeopleSearch implements SearchSource {

	private final People people;

	PeopleSearch(People people) {
		this.people = people;
	}

	@Override
	public String titleKey() {
		return "nav.people";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Optional<Found> search(Actor actor, String text, Locale locale, int limit) {
		if (!actor.can(Permission.PEOPLE_VIEW)) {
			return Optional.empty();
		}
		Page<PersonView> page = this.people.list(actor, text, null, null, false, 0, limit);
		return Optional.of(new Found(page.total(), page.items().stream()
			.map(p -> new Hit(p.name(), "", p.regionName() + (p.phone() == null ? "" : " · " + p.phone()),
					"/people/" + p.id()))
			.toList(), "/people?q=" + UriUtils.encodeQueryParam(text, "UTF-8")));
	}

}
