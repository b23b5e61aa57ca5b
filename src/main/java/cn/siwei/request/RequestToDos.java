package cn.siwei.request;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.platform.ToDoSource;
import cn.siwei.region.RegionCounts;
import cn.siwei.request.RequestTerms.Status;

/** What waits for a member of staff in the request loop, for their home page. */
@Component
class RequestToDos implements ToDoSource {

	private final RequestLedger ledger;

	private final RequestAccess access;

	private final RegionCounts counts;

	private final Clock clock;

	RequestToDos(RequestLedger ledger, RequestAccess access, RegionCounts counts, Clock clock) {
		this.ledger = ledger;
		this.access = access;
		this.counts = counts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ToDo> toDos(Actor actor) {
		List<ToDo> list = new ArrayList<>();
		String scope = actor.scope().regionPath();
		if (actor.can(RequestPermissions.ACCEPT)) {
			list.add(new ToDo("todo.requestsToTake", statusCount(Status.SUBMITTED, scope), "/requests?status=SUBMITTED"));
			list.add(new ToDo("todo.requestsToDispatch", statusCount(Status.ACCEPTED, scope), "/requests?status=ACCEPTED"));
		}
		if (actor.can(RequestPermissions.SUMMON)) {
			list.add(new ToDo("todo.requestsToStudy", statusCount(Status.ESCALATED, scope), "/requests?status=ESCALATED"));
		}
		if (actor.can(RequestPermissions.HANDLE)) {
			list.add(new ToDo("todo.partsToDo",
					this.ledger.countTasks(actor.organisationId(), actor.personId(), this.access.teamIds(actor), ToDo.CAP),
					"/requests/tasks"));
		}
		if (actor.can(RequestPermissions.VIEW)) {
			list.add(new ToDo("todo.requestsOverdue",
					this.ledger.count(scope, new RequestFilter(null, null, null, null, false, this.clock.instant(), null,
							null, null, null, null), ToDo.CAP),
					"/requests?overdue=true"));
		}
		return list;
	}

	private long statusCount(Status status, String scope) {
		return Math.min(ToDo.CAP, this.counts.under("request:" + status.name(), List.of(scope)).getOrDefault(scope, 0L));
	}

}
