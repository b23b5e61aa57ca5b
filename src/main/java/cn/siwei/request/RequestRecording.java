package cn.siwei.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.access.Scope;
import cn.siwei.people.People;
import cn.siwei.people.PersonView;
import cn.siwei.platform.Bindings;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.request.RequestEvents.RequestPlaced;
import cn.siwei.request.RequestEvents.Subject;
import cn.siwei.request.RequestRepository.NewRequest;
import cn.siwei.request.RequestTerms.Channel;
import cn.siwei.request.RequestTerms.EventKind;
import cn.siwei.request.RequestTerms.Step;
import cn.siwei.request.RequestTerms.Urgency;

/**
 * How a request comes in (点单): placed by a resident, recorded by staff from an offline source, or pushed by
 * another system ({@link RequestIntake}). Every way ends in {@link #create}, which starts the first limit, writes
 * the timeline and publishes {@link RequestPlaced}.
 */
@Service
public class RequestRecording {

	private final RequestRepository repository;

	private final RequestDictionary dictionary;

	private final WorkingCalendar calendar;

	private final Regions regions;

	private final People people;

	private final Bindings bindings;

	private final Events events;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	RequestRecording(RequestRepository repository, RequestDictionary dictionary, WorkingCalendar calendar,
			Regions regions, People people, Bindings bindings, Events events, ApplicationEventPublisher publisher,
			Clock clock) {
		this.repository = repository;
		this.dictionary = dictionary;
		this.calendar = calendar;
		this.regions = regions;
		this.people = people;
		this.bindings = bindings;
		this.events = events;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * A resident places a request of their own (点单); it concerns their home region unless they name another (a
	 * problem may be anywhere). Their phone stays on their person record, where access to it is controlled.
	 */
	@Transactional
	public long submitOwn(Actor actor, RequestForm form) {
		if (actor.role() != Role.RESIDENT && actor.role() != Role.VOLUNTEER) {
			throw new AccessDenied(RequestPermissions.RECORD);
		}
		PersonView self = this.people.self(actor).orElseThrow(() -> Rejected.because("wish.rejected.noPersonRecord"));
		Violations v = new Violations();
		Checked c = check(form, v);
		// where the problem is: a place of the resident's community they chose, else one their words name, else home
		String community = Regions.communityOf(self.regionPath());
		Region region;
		if (form.getRegionId() != null) {
			region = regionFor(form.getRegionId(), v);
			if (region != null && !Scope.of(community).covers(region.path())) {
				v.add("regionId", "request.rejected.regionUnknown");
			}
		}
		else {
			region = this.regions.deepestNamedIn(community, c.address())
				.or(() -> this.regions.deepestNamedIn(community, c.description()))
				.orElseGet(() -> this.regions.find(self.regionId()).orElseThrow());
		}
		v.throwIfAny();
		return create(actor, new NewRequest(region.id(), region.path(), form.getCategoryId(), c.description(), c.address(),
				null, null, null, null, self.id(), self.name(), null, Channel.ONLINE, urgency(form), null, null),
				EventKind.SUBMITTED);
	}

	/**
	 * The places a resident may say their problem is at: their community, its compounds and buildings (their home is
	 * the default); empty for someone without a person record.
	 */
	@Transactional(readOnly = true)
	public List<Region> placesFor(Actor actor) {
		return this.people.self(actor).map(self -> this.regions.placesAround(self.regionPath())).orElse(List.of());
	}

	/** Staff record a request found offline, with its source and the reporter, in a region they serve. */
	@Transactional
	public long record(Actor actor, RequestForm form) {
		actor.require(RequestPermissions.RECORD);
		Violations v = new Violations();
		Checked c = check(form, v);
		if (form.getChannel() == null) {
			v.add("channel", "validation.required");
		}
		else if (!form.getChannel().offline()) {
			v.add("channel", "request.rejected.offlineChannel");
		}
		Region region = null;
		if (form.getRegionId() == null) {
			v.add("regionId", "validation.required");
		}
		else if (this.bindings.inScope(v, actor, "regionId", Bindings.REGION, form.getRegionId()).isPresent()) {
			region = regionFor(form.getRegionId(), v);
		}
		PersonView reporter = null;
		if (form.getReporterPersonId() != null) {
			try {
				reporter = this.people.view(actor, form.getReporterPersonId());
			}
			catch (NotFound ex) {
				v.add("reporterPersonId", "post.rejected.personUnknown");
			}
		}
		String name = v.optional("reporterName", form.getReporterName(), 100);
		String phone = v.optional("reporterPhone", form.getReporterPhone(), 32);
		if (reporter == null && name == null) {
			v.add("reporterName", "validation.required");
		}
		v.throwIfAny();
		return create(actor, new NewRequest(region.id(), region.path(), form.getCategoryId(), c.description(), c.address(),
				null, null, null, null, reporter == null ? null : reporter.id(), reporter == null ? name : reporter.name(),
				// a known resident's phone stays on their person record, where access to it is controlled
				reporter == null ? phone : null, form.getChannel(), urgency(form), null, null), EventKind.RECORDED);
	}

	private static Urgency urgency(RequestForm form) {
		return form.getUrgency() == null ? Urgency.NORMAL : form.getUrgency();
	}

	private record Checked(String description, String address) {
	}

	private Checked check(RequestForm form, Violations v) {
		String description = v.required("description", form.getDescription(), 4000);
		String address = v.optional("address", form.getAddress(), 300);
		if (form.getCategoryId() == null) {
			v.add("categoryId", "validation.required");
		}
		else if (this.dictionary.categories(false).stream().noneMatch(c -> c.id() == form.getCategoryId())) {
			v.add("categoryId", "request.rejected.categoryUnknown");
		}
		return new Checked(description, address);
	}

	private Region regionFor(long regionId, Violations v) {
		Region region = this.regions.find(regionId).orElse(null);
		if (region == null || !region.active()) {
			v.add("regionId", "request.rejected.regionUnknown");
			return null;
		}
		return region;
	}

	/** Creates a request of any channel; the first step's limit starts now. */
	long create(Actor actor, NewRequest n, EventKind kind) {
		Instant now = this.clock.instant();
		Instant acceptDue = this.calendar.due(now, this.dictionary.limit(n.categoryId(), n.urgency(), Step.ACCEPT));
		long id = this.repository.insert(n, acceptDue, actor.accountId(), now);
		long entry = this.repository.event(id, null, now, actor.accountId(), actor.displayName(), kind, null, true);
		this.events.created(actor, Requests.TYPE, id, n.regionPath(), Map.of("categoryId", n.categoryId(), "channel",
				n.channel().name(), "urgency", n.urgency().name()));
		this.publisher.publishEvent(new RequestPlaced(new Subject(id, n.regionPath(), n.reporterPersonId(),
				Requests.abbreviate(n.description())), entry, n.channel()));
		return id;
	}

}
