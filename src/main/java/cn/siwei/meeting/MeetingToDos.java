package cn.siwei.meeting;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.platform.ToDoSource;

/** What waits for staff in the meetings: decisions still to carry out, for their home page. */
@Component
class MeetingToDos implements ToDoSource {

	private final MeetingQueries queries;

	MeetingToDos(MeetingQueries queries) {
		this.queries = queries;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ToDo> toDos(Actor actor) {
		if (!actor.can(MeetingPermissions.FOLLOW) || !actor.can(MeetingPermissions.VIEW)) {
			return List.of();
		}
		var open = new MeetingQueries.Filter(null, null, null, null, null, null, true);
		return List.of(new ToDo("todo.decisionsOpen", this.queries.decisions(actor, open, 0, 1).total(),
				"/meetings/decisions?open=true"));
	}

}
