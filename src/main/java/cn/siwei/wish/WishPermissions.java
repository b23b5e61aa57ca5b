package cn.siwei.wish;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.siwei.access.Permission;
import cn.siwei.access.PermissionGrants;
import cn.siwei.access.Role;

/**
 * What may be done with micro-wishes, and who may: the capability's own permissions.
 */
@Component
public class WishPermissions implements PermissionGrants {

	/** See the wish ledger of the region (by need to know) and open wishes to claim. */
	public static final Permission VIEW = Permission.of("WISH_VIEW");

	/** Record wishes found by notice, mailbox, visit, phone or meeting. */
	public static final Permission COLLECT = Permission.of("WISH_COLLECT");

	/** Claim a wish for oneself or one's team, record contact, complete it. */
	public static final Permission CLAIM = Permission.of("WISH_CLAIM");

	/** Assign, follow up, remind, transfer and praise; record a beneficiary's evaluation on a visit. */
	public static final Permission FOLLOW_UP = Permission.of("WISH_FOLLOW_UP");

	@Override
	public List<Grant> grants() {
		return List.of(
				Grant.of(VIEW, Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.DEPARTMENT_HANDLER, Role.VOLUNTEER,
						Role.LEADER),
				Grant.of(COLLECT, Role.COMMUNITY_WORKER, Role.STREET_OFFICER),
				Grant.of(CLAIM, Role.VOLUNTEER),
				Grant.of(FOLLOW_UP, Role.COMMUNITY_WORKER, Role.STREET_OFFICER));
	}

}
