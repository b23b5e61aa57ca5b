package cn.siwei.bench;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.figures.Dashboards;
import cn.siwei.figures.Period;

/** Which statements of a city dashboard take the time, from PostgreSQL's own statistics. A development aid. */
public final class DashboardProfile {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DashboardProfile.class);

	private DashboardProfile() {
	}

	public static void main(String[] args) throws Exception {
		long n = args.length > 0 ? Long.parseLong(args[0]) : 300_000;
		BenchPlatform.run(context -> {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			context.getBean(cn.siwei.demo.DataGenerator.class).generate(new int[] { 1, 10, 10, 10, 10, 3, 3 }, 200_000, n, n);
			jdbc.sql("vacuum analyze").update();
			long city = jdbc.sql("select id from region where level = 1 and code like 'G%'").query(Long.class).single();
			String path = jdbc.sql("select path from region where id = ?").param(city).query(String.class).single();
			Actor actor = new Actor(0, "bench", "bench", Role.ADMIN, path, null, null);
			Dashboards d = context.getBean(Dashboards.class);
			Period custom = Period.custom(LocalDate.now().minusDays(400), LocalDate.now().minusDays(3));
			for (int i = 0; i < 5; i++) {
				d.of(actor, city, custom, Locale.CHINA);
			}
			long t = System.nanoTime();
			for (int i = 0; i < 10; i++) {
				d.of(actor, city, custom, Locale.CHINA);
			}
			log.info("10 city dashboards: {} ms", (System.nanoTime() - t) / 1_000_000);
			String[] suspects = {
					"select r.id, r.description, r.due_at from request r where in_subtree(r.region_path, '" + path
							+ "') and r.due_at < now() order by r.due_at limit 10",
					"select w.id, w.description, w.created_at from wish w where in_subtree(w.region_path, '" + path
							+ "') and (w.contact_overdue or w.completion_overdue) and w.status not in ('COMPLETED', 'CLOSED') order by w.created_at limit 10",
					"select sum(received) from request_rollup where region_path = '" + path + "' and grain = 'D' and day >= current_date - 400"
							+ " and day < current_date and category_id = 0 and channel = '*'",
					"select channel, sum(received) from request_rollup where region_path = '" + path + "' and grain = 'M' and day >= current_date - 400"
							+ " and day < current_date and category_id = 0 and channel <> '*' group by 1",
					"select region_path, sum(received) from request_rollup where depth = 2 and in_subtree(region_path, '" + path
							+ "') and grain = 'D' and day >= current_date - 40 and day < current_date and category_id = 0 and channel = '*' group by 1" };
			for (String q : suspects) {
				StringBuilder b = new StringBuilder(q).append('\n');
				jdbc.sql("explain (analyze) " + q).query(String.class).list().forEach(l -> b.append(l).append('\n'));
				log.info("\n{}", b);
			}
		});
	}

}
