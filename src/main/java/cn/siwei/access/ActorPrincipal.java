package cn.siwei.access;

/**
 * Implemented by the security principal so that any module can learn the {@link Actor} without knowing how
 * accounts are stored.
 */
public interface ActorPrincipal {

	Actor actor();

}
