package cn.siwei.request;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures of requests: the seed's Karamay numbers reproduced from records, and every figure equal to the
 * length of the list it opens onto, for any region, category, unit and channel.
 */
class RequestFiguresIT extends SiweiIT {

	@Autowired
	RequestFigures figures;

	@Autowired
	Requests requests;

	@Autowired
	RequestQueries queries;

	@Autowired
	Regions regions;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	/** Inserts {@code n} requests of a state into a region, placed in June 2025. */
	void insert(Region region, int n, String status, boolean accepted, Boolean resolved, String satisfaction,
			int reopenCount) {
		this.jdbc.sql("""
				insert into request (region_id, region_path, category_id, description, channel, urgency, status,
				  accept_due_at, responded_at, accepted_at, resolved, satisfaction, evaluated_at, reopen_count,
				  created_by, created_at, updated_at)
				select :region, :path, (select id from request_category where code = 'OTHER'), '统计测试 ' || g,
				  'HOTLINE_12345', 'NORMAL', :status, timestamptz '2025-06-03 00:00+08',
				  case when cast(:accepted as boolean) then timestamptz '2025-06-02 10:00+08' end,
				  case when cast(:accepted as boolean) then timestamptz '2025-06-02 10:00+08' end, cast(:resolved as boolean), cast(:satisfaction as varchar),
				  case when cast(:satisfaction as varchar) is not null then timestamptz '2025-06-20 10:00+08' end, :reopen,
				  0, timestamptz '2025-06-02 09:00+08', timestamptz '2025-06-02 09:00+08'
				from generate_series(1, :n) g""")
			.param("region", region.id())
			.param("path", region.path())
			.param("status", status)
			.param("accepted", accepted)
			.param("resolved", resolved)
			.param("satisfaction", satisfaction)
			.param("reopen", reopenCount)
			.param("n", n)
			.update();
	}

	@Test
	void theSeedsKaramayFiguresComeOutOfTheRecords() {
		Region street = this.regions.findByCode("650203001").orElseThrow();
		Region community = this.regions.create(Actor.SYSTEM, street.id(), "T-FIG-KLMY", "统计测试社区");
		// 2759 requests, every one taken; 2720 resolved; every one evaluated, 2740 satisfied or basically satisfied.
		insert(community, 2700, "CLOSED", true, true, "SATISFIED", 0);
		insert(community, 20, "CLOSED", true, true, "BASICALLY_SATISFIED", 0);
		insert(community, 20, "ACCEPTED", true, false, "BASICALLY_SATISFIED", 1);
		insert(community, 19, "ACCEPTED", true, false, "DISSATISFIED", 1);
		// duplicates are linked to their originals and counted once, through them
		insert(community, 5, "DUPLICATE", false, null, null, 0);

		var f = this.figures.of(actor("admin"), community.id(), LocalDate.parse("2025-06-01"), LocalDate.parse("2025-06-30"),
				null, null, null);
		assertThat(f.count(RequestFigure.RECEIVED)).isEqualTo(2759);
		assertThat(f.count(RequestFigure.ACCEPTED)).isEqualTo(2759);
		assertThat(f.acceptanceRate()).isEqualByComparingTo(new BigDecimal("100.0"));
		assertThat(f.count(RequestFigure.RESOLVED)).isEqualTo(2720);
		assertThat(f.resolutionRate()).isEqualByComparingTo(new BigDecimal("98.6"));
		assertThat(f.satisfactionRate()).isEqualByComparingTo(new BigDecimal("99.3"));
		assertThat(f.onTimeResponseRate()).isEqualByComparingTo(new BigDecimal("100.0"));
		assertThat(f.count(RequestFigure.REOPENED)).isEqualTo(39);
		assertThat(f.reopenings()).isEqualTo(39);
		// outside the period, nothing
		assertThat(this.figures.of(actor("admin"), community.id(), LocalDate.parse("2025-07-01"),
				LocalDate.parse("2025-07-31"), null, null, null).count(RequestFigure.RECEIVED)).isZero();
	}

	@Test
	void everyFigureOpensOntoExactlyTheRequestsItCounts() {
		Region karamay = this.regions.findByCode("650200").orElseThrow();
		Region yongan = this.regions.findByCode("650203001001").orElseThrow();
		long city = id("organisation", "name", "克拉玛依区城市管理局");
		Long[] units = { null, city };
		for (Region region : new Region[] { karamay, yongan }) {
			for (Long unit : units) {
				for (RequestTerms.Channel channel : new RequestTerms.Channel[] { null, RequestTerms.Channel.ONLINE }) {
					LocalDate from = LocalDate.parse("2025-01-01");
					LocalDate to = LocalDate.now(this.clock).plusDays(30);
					var f = this.figures.of(actor("admin"), region.id(), from, to, null, unit, channel);
					ZoneId zone = this.clock.getZone();
					for (RequestFigure figure : RequestFigure.values()) {
						var filter = new RequestFilter(null, null, channel, null, false, null, figure,
								from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(), unit, null);
						long listed = this.queries.ledger(actor("admin"), region.path(), filter, Locale.CHINESE, 0, 20).total();
						assertThat(listed).as(region.name() + " " + unit + " " + channel + " " + figure).isEqualTo(f.count(figure));
					}
				}
			}
		}
		var all = this.figures.of(actor("admin"), karamay.id(), LocalDate.parse("2025-01-01"),
				LocalDate.now(this.clock).plusDays(30), null, null, null);
		assertThat(all.count(RequestFigure.RECEIVED)).isPositive();
	}

	@Test
	void theUnitsMonthlySummaryCountsPartsOnTimeAndRatings() {
		var month = YearMonth.now(this.clock);
		var rows = this.figures.units(actor("admin"), this.regions.findByCode("650200").orElseThrow().id(), month);
		long parts = this.jdbc.sql("""
				select count(*) from request_part where created_at >= ? and created_at < ?""")
			.params(Timestamp.from(month.atDay(1).atStartOfDay(this.clock.getZone()).toInstant()),
					Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(this.clock.getZone()).toInstant()))
			.query(Long.class).single();
		assertThat(rows.stream().mapToLong(RequestFigures.UnitMonth::parts).sum()).isEqualTo(parts);
		assertThat(rows).allSatisfy(u -> assertThat(u.onTime() + u.late()).isLessThanOrEqualTo(u.parts()));
	}

}
