package cn.siwei.demo;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.siwei.figures.FigureSource;
import cn.siwei.figures.Rollups;
import cn.siwei.request.UnitRollup;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data generator writes what it says, in bulk, and leaves the database as the platform keeps it: every written
 * row counted, every record's history present, the indexes back, the per-node counters and the rollups exact.
 */
class DataGeneratorIT extends SiweiIT {

	@Autowired
	DataGenerator generator;

	@Autowired
	Rollups rollups;

	@Autowired
	UnitRollup unitRollup;

	@Test
	void aSmallCityIsGeneratedWholeAndItsFiguresAreExact() {
		long indexes = count("select count(*) from pg_indexes where schemaname = current_schema()");
		long before = rows();
		// 2,345 and 3,456 records: several batches of each kind, the last ones short
		DataGenerator.Generated g = this.generator.generate(new int[] { 1, 2, 2, 2, 2, 2, 2 }, 500,
				Map.of("wishes", 2_345L, "requests", 3_456L, "placements", 1_234L, "activities", 567L));

		assertThat(g.nodes()).isEqualTo(1 + 2 + 4 + 8 + 16 + 32 + 64);
		String root = this.jdbc.sql("select path from region where id = ? and level = 1").param(g.cityId())
			.query(String.class).single();
		assertThat(count("select count(*) from wish where region_path like '" + root + "%'")).isEqualTo(2_345);
		assertThat(count("select count(*) from request where region_path like '" + root + "%'")).isEqualTo(3_456);
		assertThat(count("select count(*) from job_placement where region_path like '" + root + "%'")).isEqualTo(1_234);
		assertThat(count("select count(*) from activity where region_path like '" + root + "%'")).isEqualTo(567);
		// each placement is a hired application of a registered seeker to a filled vacancy, with its timeline
		assertThat(count("select count(*) from job_placement p join job_application a on a.id = p.application_id"
				+ " join job_vacancy v on v.id = p.vacancy_id join job_seeker s on s.id = p.seeker_id where p.region_path like '"
				+ root + "%' and a.status = 'HIRED' and v.status = 'FILLED' and a.seeker_id = p.seeker_id"
				+ " and (select count(*) from job_application_event e where e.owner_id = a.id) = 3")).isEqualTo(1_234);
		assertThat(rows() - before).as("every row written is counted").isEqualTo(g.rows() - g.nodes()
				- count("select count(*) from organisation where region_path like '" + root + "%'"));
		// every record has its history: each wish was collected, each request received, each dispatched one has a part
		assertThat(count("select count(*) from wish w where region_path like '" + root
				+ "%' and not exists (select 1 from wish_event e where e.owner_id = w.id and e.kind = 'COLLECTED')")).isZero();
		assertThat(count("select count(*) from request r where region_path like '" + root
				+ "%' and not exists (select 1 from request_event e where e.owner_id = r.id and e.kind = 'RECEIVED')")).isZero();
		assertThat(count("select count(*) from request r where region_path like '" + root
				+ "%' and status in ('DISPATCHED', 'RESOLVED', 'CLOSED')"
				+ " and not exists (select 1 from request_part p where p.request_id = r.id)")).isZero();
		assertThat(count("select count(*) from request_rating t join request r on r.id = t.request_id where r.region_path like '"
				+ root + "%'")).isPositive();

		assertThat(count("select count(*) from pg_indexes where schemaname = current_schema()")).as("indexes rebuilt")
			.isEqualTo(indexes);
		assertThat(count("""
				select count(*) from (select region_path, count(*) n from request group by region_path) x
				full join (select region_path, sum(n) as n from region_record_count where kind = 'request' group by region_path) c
				using (region_path)
				where x.n is distinct from c.n and coalesce(x.n, c.n) <> 0""")).as("per-node counters").isZero();
		for (FigureSource s : this.rollups.sources()) {
			assertThat(this.rollups.mismatches(s)).as(s.kind() + " rollup").isZero();
		}
		assertThat(this.unitRollup.mismatches()).as("units' rollup").isZero();
	}

	/**
	 * The rows of the kinds the generator writes. The flags the platform's own sweeps add (they run every second,
	 * and find the generated city's missed deadlines as soon as it is loaded) are not the generator's rows.
	 */
	private long rows() {
		return count("select (select count(*) from person) + (select count(*) from wish)"
				+ " + (select count(*) from wish_event where kind not in ('CONTACT_OVERDUE', 'COMPLETION_OVERDUE'))"
				+ " + (select count(*) from request) + (select count(*) from request_part)"
				+ " + (select count(*) from request_rating)"
				+ " + (select count(*) from request_event where kind not in ('OVERDUE', 'DUE_SOON'))"
				+ " + (select count(*) from job_seeker) + (select count(*) from job_vacancy)"
				+ " + (select count(*) from job_application) + (select count(*) from job_application_event)"
				+ " + (select count(*) from job_placement) + (select count(*) from activity where source is null)");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
