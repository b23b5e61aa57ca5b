package cn.siwei.wish;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.platform.ToDoSource;

/** What waits for staff and volunteers in the wish loop, for their home page. */
@Component
class WishToDos implements ToDoSource {

	private final WishQueries queries;

	WishToDos(WishQueries queries) {
		this.queries = queries;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ToDo> toDos(Actor actor) {
		List<ToDo> list = new ArrayList<>();
		if (actor.can(WishPermissions.FOLLOW_UP)) {
			var overdue = new WishFilter(null, null, null, null, false, true, null, null, null, null, null);
			list.add(new ToDo("todo.wishesOverdue", this.queries.ledger(actor, null, overdue, null, 0, 1).total(),
					"/wishes?overdue=true"));
			list.add(new ToDo("todo.wishesToPraise",
					this.queries.ledger(actor, null, WishFilter.none().withPraiseDue(true), null, 0, 1).total(),
					"/wishes?praiseDue=true"));
		}
		if (actor.can(WishPermissions.CLAIM)) {
			var open = new WishFilter(WishStatus.OPEN, null, null, null, false, false, null, null, null, null, null);
			list.add(new ToDo("todo.wishesToClaim", this.queries.ledger(actor, null, open, null, 0, 1).total(),
					"/wishes?status=OPEN"));
		}
		return list;
	}

}
