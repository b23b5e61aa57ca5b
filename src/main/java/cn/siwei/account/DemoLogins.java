package cn.siwei.account;

import java.util.List;

import cn.siwei.access.Role;

/**
 * The demo logins shown on the login page; a bean of this type exists only in demo mode.
 */
public interface DemoLogins {

	/** The shared password of every demo login. */
	String password();

	List<DemoLogin> logins();

	/**
	 * @param username login name
	 * @param role its role
	 * @param regionName the region it is bound to
	 */
	record DemoLogin(String username, Role role, String regionName) {
	}

}
