package cn.siwei.access;

/**
 * Thrown when an actor lacks a permission; the web layer answers 403 with a message in the user's language.
 */
public class AccessDenied extends RuntimeException {

	private final Permission permission;

	public AccessDenied(Permission permission) {
		super("missing permission " + permission);
		this.permission = permission;
	}

	public Permission permission() {
		return this.permission;
	}

}
