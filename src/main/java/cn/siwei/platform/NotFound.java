package cn.siwei.platform;

/**
 * A record does not exist or lies outside the actor's scope; both answer 404 so that nobody learns whether a
 * record they may not see exists.
 */
public class NotFound extends RuntimeException {

	public NotFound(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
