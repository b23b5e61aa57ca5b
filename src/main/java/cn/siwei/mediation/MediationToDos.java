package cn.siwei.mediation;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.mediation.MediationTerms.Status;
import cn.siwei.platform.ToDoSource;

/** What waits for mediators' staff: cases to assign, agreements to visit. */
@Component
class MediationToDos implements ToDoSource {

	private final MediationQueries queries;

	MediationToDos(MediationQueries queries) {
		this.queries = queries;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ToDo> toDos(Actor actor) {
		if (!actor.can(MediationPermissions.HANDLE)) {
			return List.of();
		}
		return List.of(
				new ToDo("todo.mediationsToAssign", this.queries.list(actor, new MediationQueries.Filter(null,
						Status.RECEIVED, null, null, null, null, null), 0, 1).total(), "/mediations?status=RECEIVED"),
				new ToDo("todo.mediationsToVisit", this.queries.list(actor, new MediationQueries.Filter(null,
						Status.AGREED, null, null, null, null, null), 0, 1).total(), "/mediations?status=AGREED"));
	}

}
