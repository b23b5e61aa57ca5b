package cn.siwei.employment;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.platform.ToDoSource;

/** What waits in employment: placements whose 30- or 90-day check is due. */
@Component
class EmploymentToDos implements ToDoSource {

	private final EmploymentQueries queries;

	EmploymentToDos(EmploymentQueries queries) {
		this.queries = queries;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ToDo> toDos(Actor actor) {
		if (!actor.can(EmploymentPermissions.HANDLE)) {
			return List.of();
		}
		return List.of(new ToDo("todo.placementChecksDue", this.queries.checksDue(actor), "/jobs/placements?status=DUE"));
	}

}
