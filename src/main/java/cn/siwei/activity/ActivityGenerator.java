package cn.siwei.activity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.GeneratorBatch;

/**
 * The activities of the generator's synthetic city ({@code --siwei.generate.activities=N}): two years of cultural
 * events, door-to-door services, squads' services and volunteer activities at its compounds and communities,
 * counted at the door.
 */
@Component
class ActivityGenerator implements GeneratorBatch {

	private static final String TITLES = "{红色故事坊,上门理发,小区环境整治,独居老人探访,邻里节,政策宣讲进小区,义诊,广场舞展演}";

	@Override
	public String name() {
		return "activities";
	}

	@Override
	public List<String> tables() {
		return List.of("activity");
	}

	@Override
	public List<Counted> counted() {
		return List.of();
	}

	@Override
	public long write(JdbcClient jdbc, Places places, long from, long to, Instant now) {
		if (places.places() == 0) {
			return 0;
		}
		return jdbc.sql("""
				insert into activity (region_id, region_path, category_id, channel, title, organiser, place, starts_at, ends_at,
				  participants, created_by, recorded_at)
				select pl.id, pl.path, (array[1, 2, 3, 6])[1 + g % 4], 'COUNTED', (:titles::text[])[1 + g % 8] || '（' || g || '）',
				  '社区居委会', '小区院坝', c.at, c.at + interval '2 hours', 5 + g % 60, 0, c.at + interval '3 hours'
				from generate_series(:from, :to) g join gen_place pl on pl.k = (g * 104729) % :places
				cross join lateral (select cast(:now as timestamptz) - ((g * 7919) % 63072000) * interval '1 second' as at) c""")
			.param("titles", TITLES).param("from", from).param("to", to).param("places", places.places())
			.param("now", Timestamp.from(now))
			.update();
	}

}
