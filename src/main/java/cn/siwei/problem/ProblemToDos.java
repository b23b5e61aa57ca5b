package cn.siwei.problem;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.platform.ToDoSource;
import cn.siwei.problem.ProblemTerms.Status;

/** What waits in the problem inventory: problems found with no owner yet, and those past their limit. */
@Component
class ProblemToDos implements ToDoSource {

	private final ProblemQueries queries;

	ProblemToDos(ProblemQueries queries) {
		this.queries = queries;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ToDo> toDos(Actor actor) {
		if (!actor.can(ProblemPermissions.HANDLE)) {
			return List.of();
		}
		return List.of(
				new ToDo("todo.problemsToList", this.queries.list(actor, new ProblemQueries.Filter(null, Status.FOUND,
						null, null, null, null, null, false, null), 0, 1).total(), "/problems?status=FOUND"),
				new ToDo("todo.problemsOverdue", this.queries.list(actor, new ProblemQueries.Filter(null, null, null,
						null, null, null, null, true, null), 0, 1).total(), "/problems?overdue=true"));
	}

}
