package cn.siwei.points;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.siwei.access.Permission;
import cn.siwei.access.PermissionGrants;
import cn.siwei.access.Role;

/** What may be done with points, and who may. */
@Component
public class PointsPermissions implements PermissionGrants {

	/** See the ledgers of the region: rules, balances, postings. */
	public static final Permission VIEW = Permission.of("POINTS_VIEW");

	/** Open a ledger, set its rules, award points, approve awards, reverse postings. */
	public static final Permission MANAGE = Permission.of("POINTS_MANAGE");

	/** See one's own balance, history and the rules of one's ledger. */
	public static final Permission OWN = Permission.of("POINTS_OWN");

	/** A merchant's: scan the codes of redemptions at its own stores, and see what was collected there. */
	public static final Permission SHOP = Permission.of("POINTS_SHOP");

	/** Recompute every ledger's balances and chain. */
	public static final Permission VERIFY = Permission.of("POINTS_VERIFY");

	@Override
	public List<Grant> grants() {
		return List.of(Grant.of(VIEW, Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.LEADER),
				Grant.of(MANAGE, Role.COMMUNITY_WORKER, Role.STREET_OFFICER),
				Grant.of(OWN, Role.RESIDENT, Role.VOLUNTEER),
				Grant.of(SHOP, Role.MERCHANT),
				Grant.of(VERIFY, Role.LEADER));
	}

}
