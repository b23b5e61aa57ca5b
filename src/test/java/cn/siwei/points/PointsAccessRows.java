package cn.siwei.points;

import cn.siwei.support.AccessRows;

/** The points capability's endpoints in the access matrix. */
class PointsAccessRows implements AccessRows {

	@Override
	public void list(Rows rows) {
		rows.sample("points_ledger", "select min(id) from points_ledger where name = '永安社区积分账本'");
		rows.sample("points_transfer", "select min(t.id) from points_transfer t join points_ledger l on l.id = t.ledger_id where l.name = '永安社区积分账本'");
		rows.sample("points_board", "select min(b.id) from points_board b join points_ledger l on l.id = b.ledger_id where l.name = '永安社区积分账本'");
		rows.sample("points_pending", "select min(p.id) from points_pending p join points_ledger l on l.id = p.ledger_id where l.name = '永安社区积分账本'");
		rows.add("GET", "/points", PointsPermissions.VIEW, null);
		rows.add("POST", "/points", PointsPermissions.MANAGE, null);
		rows.add("GET", "/points/{id}", PointsPermissions.VIEW, "points_ledger");
		rows.add("GET", "/points/{id}/holders", PointsPermissions.VIEW, "points_ledger");
		rows.add("POST", "/points/{id}/rules", PointsPermissions.MANAGE, "points_ledger");
		rows.add("POST", "/points/{id}/rules/retire", PointsPermissions.MANAGE, "points_ledger");
		rows.add("POST", "/points/{id}/award", PointsPermissions.MANAGE, "points_ledger");
		rows.add("POST", "/points/{id}/pending/{pendingId}/approve", PointsPermissions.MANAGE, "points_ledger");
		rows.add("POST", "/points/{id}/pending/{pendingId}/refuse", PointsPermissions.MANAGE, "points_ledger");
		rows.add("POST", "/points/{id}/transfers/{transferId}/reverse", PointsPermissions.MANAGE, "points_ledger");
		rows.add("GET", "/points/{id}/transfers/{transferId}/photos/{photoId}", PointsPermissions.VIEW, "missing");
		rows.add("GET", "/points/verify", PointsPermissions.VERIFY, null);
		rows.add("GET", "/my/points", PointsPermissions.OWN, null);
		rows.add("GET", "/points/{id}/sheet", PointsPermissions.MANAGE, "points_ledger");
		rows.add("POST", "/points/{id}/sheet", PointsPermissions.MANAGE, "points_ledger");
		rows.add("POST", "/points/{id}/boards", PointsPermissions.MANAGE, "points_ledger");
		rows.add("GET", "/points/boards/{id}", PointsPermissions.VIEW, "points_board");
		rows.add("POST", "/points/boards/{id}/objections", PointsPermissions.MANAGE, "points_board");
		rows.add("POST", "/points/boards/{id}/objections/{objectionId}", PointsPermissions.MANAGE, "points_board");
		rows.add("POST", "/points/boards/{id}/publish", PointsPermissions.MANAGE, "points_board");
		rows.add("POST", "/points/{id}/items", PointsPermissions.MANAGE, "points_ledger");
		rows.add("POST", "/points/{id}/redeem", PointsPermissions.MANAGE, "points_ledger");
		rows.add("GET", "/points/collect", PointsPermissions.MANAGE, null);
		rows.add("POST", "/points/collect", PointsPermissions.MANAGE, null);
		rows.add("GET", "/points/shop", PointsPermissions.SHOP, null);
		rows.add("POST", "/points/shop", PointsPermissions.SHOP, null);
		rows.add("POST", "/points/{id}/stores", PointsPermissions.MANAGE, "points_ledger");
		rows.add("GET", "/points/objections", PointsPermissions.VIEW, null);
		rows.add("GET", "/api/v1/points/objections", PointsPermissions.VIEW, null);
		rows.add("POST", "/points/{id}/redemptions/{redemptionId}/cancel", PointsPermissions.MANAGE, "missing");
		rows.add("POST", "/points/{id}/dividends", PointsPermissions.MANAGE, "points_ledger");
		rows.add("POST", "/my/points/redeem", PointsPermissions.OWN, null);
		rows.add("POST", "/my/points/redemptions/{redemptionId}/cancel", PointsPermissions.OWN, "missing");
		rows.add("POST", "/my/points/boards/{boardId}/object", PointsPermissions.OWN, "missing");
		rows.add("GET", "/points/postings", PointsPermissions.VIEW, null);
		rows.add("GET", "/api/v1/points/postings", PointsPermissions.VIEW, null);
		rows.add("GET", "/api/v1/points/ledgers", PointsPermissions.VIEW, null);
		rows.add("POST", "/api/v1/points/ledgers", PointsPermissions.MANAGE, null);
		rows.add("GET", "/api/v1/points/ledgers/{id}", PointsPermissions.VIEW, "points_ledger");
		rows.add("GET", "/api/v1/points/ledgers/{id}/holders", PointsPermissions.VIEW, "points_ledger");
		rows.add("POST", "/api/v1/points/ledgers/{id}/rules", PointsPermissions.MANAGE, "points_ledger");
		rows.add("POST", "/api/v1/points/ledgers/{id}/awards", PointsPermissions.MANAGE, "points_ledger");
		rows.add("POST", "/api/v1/points/pending/{id}/approve", PointsPermissions.MANAGE, "points_pending");
		rows.add("POST", "/api/v1/points/transfers/{id}/reverse", PointsPermissions.MANAGE, "points_transfer");
		rows.add("GET", "/api/v1/points/mine", PointsPermissions.OWN, null);
		rows.add("GET", "/api/v1/points/verify", PointsPermissions.VERIFY, null);
	}

}
