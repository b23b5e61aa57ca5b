package cn.siwei.access;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Gives the roles every capability's permissions once the capabilities' beans exist. */
@Component
class PermissionRegistrar implements SmartInitializingSingleton {

	private final List<PermissionGrants> grants;

	PermissionRegistrar(List<PermissionGrants> grants) {
		this.grants = grants;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.grants.forEach(Role::grant);
	}

}
