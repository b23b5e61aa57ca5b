package cn.siwei.bench;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.demo.DataGenerator;
import cn.siwei.figures.Breakdown;
import cn.siwei.figures.Dashboards;
import cn.siwei.figures.FigureSource;
import cn.siwei.figures.Period;
import cn.siwei.figures.Rollups;
import cn.siwei.figures.Selection;
import cn.siwei.region.Regions;

/**
 * Where a city dashboard's time goes: the whole dashboard, then each read of the rollups it makes, by source
 * (args: requests and wishes to generate). A development aid.
 */
public final class DashboardProfile {

	private static final Logger log = LoggerFactory.getLogger(DashboardProfile.class);

	private DashboardProfile() {
	}

	public static void main(String[] args) throws Exception {
		long n = args.length > 0 ? Long.parseLong(args[0]) : 300_000;
		BenchPlatform.run(context -> {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			context.getBean(DataGenerator.class).generate(new int[] { 1, 10, 10, 10, 10, 3, 3 }, 200_000,
					Map.of("wishes", (long) n, "requests", (long) n));
			jdbc.sql("vacuum analyze").update();
			long city = jdbc.sql("select id from region where level = 1 and code like 'G%'").query(Long.class).single();
			String path = jdbc.sql("select path from region where id = ?").param(city).query(String.class).single();
			Actor actor = new Actor(0, "bench", "bench", Role.ADMIN, path, null, null);
			Dashboards d = context.getBean(Dashboards.class);
			Rollups rollups = context.getBean(Rollups.class);
			for (Period period : new Period[] { Period.of(Period.Kind.MONTH, LocalDate.now()),
					Period.custom(LocalDate.now().minusDays(400), LocalDate.now().minusDays(3)) }) {
				time("dashboard " + period, () -> d.of(actor, city, period, Locale.CHINA));
				Selection sel = new Selection(city, path, period.from(), period.to(), null, null);
				var regions = context.getBean(Regions.class);
				time("region", () -> regions.get(actor, city));
				time("trail", () -> regions.trail(actor, regions.get(actor, city)));
				for (FigureSource s : rollups.sources()) {
					time(s.kind() + " category names", () -> s.categoryNames(Locale.CHINA));
					time(s.kind() + " totals", () -> rollups.totals(s, sel));
					time(s.kind() + " trend", () -> rollups.aggregate(s,
							sel.during(period.to().withDayOfMonth(1).minusMonths(11), period.to()), Breakdown.MONTH));
					for (Breakdown b : new Breakdown[] { Breakdown.CATEGORY, Breakdown.CHANNEL, Breakdown.CHILD }) {
						time(s.kind() + " by " + b, () -> rollups.aggregate(s, sel, b));
					}
				}
			}
		});
	}

	/** Times a call as the benchmarks do ({@link RegionTreeBenchmark#measure}). */
	private static void time(String what, Supplier<?> call) {
		log.info("{}: {}", what, RegionTreeBenchmark.measure(() -> {
			call.get();
			return 0;
		}));
	}

}
