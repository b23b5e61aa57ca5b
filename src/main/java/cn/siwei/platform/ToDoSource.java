package cn.siwei.platform;

import java.util.List;

import cn.siwei.access.Actor;

/**
 * A capability's contribution to a staff member's home page: how many things wait for them, each a link to the
 * list of exactly those things.
 */
public interface ToDoSource {

	/** What waits for the actor; empty when nothing of this capability concerns them. */
	List<ToDo> toDos(Actor actor);

	/**
	 * Things waiting.
	 *
	 * @param messageKey what they are
	 * @param count how many (at most {@link #CAP}: counting stops there)
	 * @param link the list of them
	 */
	record ToDo(String messageKey, long count, String link) {

		/** Counts stop here; the page shows "999+". */
		public static final long CAP = 1000;

		public boolean capped() {
			return this.count >= CAP;
		}

	}

}
