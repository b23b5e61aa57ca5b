package cn.siwei.wish;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.siwei.access.Actor;
import cn.siwei.people.People;
import cn.siwei.people.PersonForm;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wish figures: each equals a count over the ledger and opens onto exactly the wishes it counts; the seed's
 * Karamay numbers come out as the seed quotes them.
 */
class WishFiguresIT extends SiweiIT {

	@Autowired
	WishFigures figures;

	@Autowired
	Wishes wishes;

	@Autowired
	WishQueries wishQueries;

	@Autowired
	Regions regions;

	@Autowired
	People people;

	@Test
	void everyFigureEqualsTheLengthOfItsDrillDownList() {
		Region community = this.regions.findByCode("650203001001").orElseThrow();
		LocalDate today = LocalDate.now(this.clock);
		var f = this.figures.of(Actor.SYSTEM, community.id(), today.minusYears(1), today.plusDays(30));
		for (WishFigure figure : WishFigure.values()) {
			var drillDown = this.wishQueries.ledger(Actor.SYSTEM, community.path(),
					WishFilter.of(figure, this.figures.start(today.minusYears(1)), this.figures.end(today.plusDays(30))),
					Locale.SIMPLIFIED_CHINESE, 0, 200);
			assertThat(drillDown.total()).as(figure.name()).isEqualTo(f.count(figure));
			assertThat(drillDown.items()).as(figure.name()).hasSize((int) Math.min(200, f.count(figure)));
		}
		assertThat(f.count(WishFigure.COLLECTED)).isPositive();
	}

	@Test
	void theKaramayCaseReadsAsTheSeedQuotesIt() {
		// 6185 wishes collected, every one claimed, 6079 completed: 100.0% claimed, 98.3% completed.
		Region street = this.regions.findByCode("650203001").orElseThrow();
		Region community = this.regions.create(Actor.SYSTEM, street.id(), "KARAMAY-SEED", "种子数据社区");
		PersonForm form = new PersonForm();
		form.setRegionId(community.id());
		form.setName("种子居民");
		long person = this.people.create(Actor.SYSTEM, form);
		long category = this.wishQueries.categories(Locale.SIMPLIFIED_CHINESE).get(0).id();
		Timestamp now = Timestamp.from(this.clock.instant());
		// The ledger as the seed describes it, written as records (the loop itself is tested in WishFlowIT).
		this.jdbc.sql("""
				insert into wish (region_id, region_path, beneficiary_id, priority, description, category_id, urgency,
				                  difficulty, channel, status, claimed_at, contact_due_at, contacted_at, completed_at,
				                  created_by, created_at, updated_at)
				select :region, :path, :person, false, '心愿 ' || g, :category, 'NORMAL', 'MEDIUM', 'HOME_VISIT',
				       case when g <= 6079 then 'CLOSED' else 'IN_PROGRESS' end, :now, :now, :now,
				       case when g <= 6079 then cast(:now as timestamptz) end, 0, :now, :now
				from generate_series(1, 6185) g""")
			.param("region", community.id())
			.param("path", community.path())
			.param("person", person)
			.param("category", category)
			.param("now", now)
			.update();
		LocalDate today = LocalDate.now(this.clock);
		var f = this.figures.of(Actor.SYSTEM, community.id(), today.minusDays(1), today);
		assertThat(f.count(WishFigure.COLLECTED)).isEqualTo(6185);
		assertThat(f.count(WishFigure.CLAIMED)).isEqualTo(6185);
		assertThat(f.count(WishFigure.COMPLETED)).isEqualTo(6079);
		assertThat(f.claimRate()).isEqualByComparingTo(new BigDecimal("100.0"));
		assertThat(f.completionRate()).isEqualByComparingTo(new BigDecimal("98.3"));
		assertThat(f.satisfactionRate()).as("nothing evaluated: no rate").isNull();
	}

	@Test
	void theLedgerTotalsReadFromCountersEqualDirectCounts() {
		for (String kind : List.of("wish", "wish:OPEN", "wish:CLAIMED", "wish:IN_PROGRESS", "wish:COMPLETED", "wish:CLOSED")) {
			String status = kind.contains(":") ? kind.substring(5) : null;
			List<String> wrong = this.jdbc.sql("""
					select r.path from region r
					where coalesce((select sum(n) from region_record_count c where c.kind = :kind and in_subtree(c.region_path, r.path)), 0)
					      <> (select count(*) from wish w where in_subtree(w.region_path, r.path) and (:status = '' or w.status = :status))""")
				.param("kind", kind)
				.param("status", status == null ? "" : status)
				.query(String.class)
				.list();
			assertThat(wrong).as(kind).isEmpty();
		}
	}

	@Test
	void ratesRoundHalfUpToOneDecimal() {
		assertThat(WishFigures.rate(6079, 6185)).isEqualByComparingTo("98.3");
		assertThat(WishFigures.rate(1, 8)).isEqualByComparingTo("12.5");
		assertThat(WishFigures.rate(1, 3)).isEqualByComparingTo("33.3");
		assertThat(WishFigures.rate(2, 3)).isEqualByComparingTo("66.7");
		assertThat(WishFigures.rate(0, 0)).isNull();
	}

}
