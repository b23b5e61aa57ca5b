package cn.siwei.bench;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.siwei.demo.DataGenerator;

/** Where the generator's time goes: the plan and trigger times of one batch of each kind. A development aid. */
public final class GeneratorProfile {

	private static final Logger log = LoggerFactory.getLogger(GeneratorProfile.class);

	private GeneratorProfile() {
	}

	public static void main(String[] args) throws Exception {
		BenchPlatform.run(context -> {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			var generator = context.getBean(DataGenerator.class);
			generator.generate(new int[] { 1, 10, 10, 10, 10, 3, 3 }, 100_000, Map.of());
			jdbc.sql("analyze").update();
			String[] statements = {
					"explain (analyze, buffers off) insert into wish (region_id, region_path, beneficiary_id, priority, description, category_id, urgency, difficulty, channel, status, created_by, created_at, updated_at) select p.region_id, p.region_path, p.id, false, '测试心愿' || g, (select min(id) from wish_category), 'NORMAL', 'MEDIUM', 'PHONE', 'CLOSED', 0, now() - (g % 700) * interval '1 day', now() from generate_series(1, 100000) g join (select id, region_id, region_path, row_number() over (order by id) as k from person) p on p.k = 1 + g % 100000",
					"explain (analyze, buffers off) insert into request (region_id, region_path, category_id, description, channel, urgency, status, accept_due_at, created_by, created_at, updated_at) select p.region_id, p.region_path, (select min(id) from request_category), '测试诉求' || g, 'ONLINE', 'NORMAL', 'CLOSED', now(), 0, now() - (g % 700) * interval '1 day', now() from generate_series(1, 100000) g join (select id, region_id, region_path, row_number() over (order by id) as k from person) p on p.k = 1 + g % 100000" };
			for (String s : statements) {
				StringBuilder b = new StringBuilder();
				jdbc.sql(s).query(String.class).list().forEach(l -> b.append(l).append('\n'));
				log.info("\n{}", b);
			}
		});
	}

}
