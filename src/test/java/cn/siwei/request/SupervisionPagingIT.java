package cn.siwei.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import cn.siwei.access.Actor;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervision list read page by page (each side no further than the page's end) is the whole list in order,
 * soonest first, requests' own steps before parts' at the same moment; its count stops at the cap.
 */
class SupervisionPagingIT extends SiweiIT {

	@Autowired
	RequestLedger ledger;

	@Autowired
	Regions regions;

	@Autowired
	TransactionTemplate tx;

	@Test
	void pagesFollowOneAnotherAndTheCountStopsAtTheCap() {
		Region city = this.regions.findByCode("650200").orElseThrow();
		Region holder = this.regions.create(Actor.SYSTEM, city.id(), "T-SUP-HOLD", "督办分页测试区");
		Region node = this.regions.create(Actor.SYSTEM, holder.id(), "T-SUP-PAGE", "督办分页测试街道");
		// nine requests with their own step due, five of them with a part due too, some at the same moment
		for (int i = 0; i < 9; i++) {
			long id = this.jdbc.sql("""
					insert into request (region_id, region_path, category_id, description, channel, urgency, status,
					  accept_due_at, due_at, created_by, created_at, updated_at)
					values (?, ?, (select min(id) from request_category), '督办分页', 'ONLINE', 'NORMAL', 'DISPATCHED',
					  now(), timestamptz '2025-01-01 00:00+08' + ? * interval '1 hour', 0, now(), now()) returning id""")
				.params(node.id(), node.path(), i % 4)
				.query(Long.class)
				.single();
			if (i % 2 == 0) {
				this.jdbc.sql("""
						insert into request_part (request_id, role, organisation_id, unit_name, status, due_at, created_at)
						values (?, 'DISPATCHED', (select min(id) from organisation), 'x', 'CLAIMED',
						  timestamptz '2025-01-01 00:00+08' + ? * interval '1 hour', now())""")
					.params(id, (i * 7) % 5)
					.update();
			}
		}
		Instant horizon = Instant.parse("2026-01-01T00:00:00Z");
		List<String> whole = this.jdbc.sql("""
				select x.id || ':' || coalesce(x.part_id::text, '-') from (
				  select r.id, null::bigint as part_id, r.due_at from request r where r.due_at < ? and r.region_path = ?
				  union all
				  select p.request_id, p.id, p.due_at from request_part p join request r on r.id = p.request_id
				  where p.status in ('SUMMONED', 'WAITING', 'CLAIMED') and p.due_at < ? and r.region_path = ?) x
				order by x.due_at, x.id, x.part_id nulls first""")
			.params(Timestamp.from(horizon), node.path(), Timestamp.from(horizon), node.path())
			.query(String.class)
			.list();
		assertThat(whole).hasSize(14);

		List<String> paged = new ArrayList<>();
		for (int page = 0; page < 5; page++) {
			int offset = page * 3;
			paged.addAll(this.tx.execute(s -> this.ledger.supervision(node.path(), horizon, false, offset, 3))
				.stream()
				.map(l -> l.request().id() + ":" + (l.part() == null ? "-" : String.valueOf(l.part().id())))
				.toList());
		}
		assertThat(paged).containsExactlyElementsOf(whole);

		assertThat((long) this.tx.execute(s -> this.ledger.countSupervision(node.path(), horizon, 100))).isEqualTo(14L);
		assertThat((long) this.tx.execute(s -> this.ledger.countSupervision(node.path(), horizon, 10))).isEqualTo(10L);

		// parts carry their request's place (filled in when written) and follow it when the subtree moves
		Region parent = this.regions.create(Actor.SYSTEM, city.id(), "T-SUP-PARENT", "督办迁移测试区");
		List<Request.Supervised> none = this.tx.execute(s -> this.ledger.supervision(parent.path(), horizon, false, 0, 20));
		assertThat(none).isEmpty();
		this.regions.move(Actor.SYSTEM, node.id(), parent.id(), "测试迁移");
		Region moved = this.regions.find(node.id()).orElseThrow();
		assertThat(moved.path()).startsWith(parent.path());
		assertThat(this.jdbc.sql("select count(*) from request_part p join request r on r.id = p.request_id"
				+ " where r.region_id = ? and p.region_path <> r.region_path").param(node.id()).query(Long.class).single())
			.isZero();
		assertThat(this.tx.execute(s -> this.ledger.supervision(parent.path(), horizon, false, 0, 20))
			.stream()
			.map(l -> l.request().id() + ":" + (l.part() == null ? "-" : String.valueOf(l.part().id())))
			.toList()).containsExactlyElementsOf(whole);
		assertThat((long) this.tx.execute(s -> this.ledger.countSupervision(node.path(), horizon, 100))).isZero();
	}

}
