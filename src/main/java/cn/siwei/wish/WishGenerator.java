package cn.siwei.wish;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.GeneratorBatch;

/**
 * The wishes of the generator's synthetic city ({@code --siwei.generate.wishes=N}): two years of wishes at every
 * stage of their loop, with their timelines, spread over the city's people.
 */
@Component
class WishGenerator implements GeneratorBatch {

	private static final String WISH_TEXTS = """
			{想请人帮忙修一下电视机,希望有人陪同去医院复查,想学习使用智能手机,想找到当年的老战友,\
			家里水管漏水想请人维修,希望孩子能参加假期辅导班,想参加电脑和电商培训,希望有人帮忙代购生活用品,\
			想请人帮忙打扫卫生,希望能参加社区文艺活动}""";

	@Override
	public String name() {
		return "wishes";
	}

	@Override
	public List<String> tables() {
		return List.of("wish", "wish_event");
	}

	@Override
	public List<Counted> counted() {
		return List.of(new Counted("wish", "wish"));
	}

	/** Wishes number {@code from} to {@code to} of the formulas, with their timelines: the rows written. */
	@Override
	public long write(JdbcClient jdbc, Places places, long from, long to, Instant now) {
		if (places.people() == 0) {
			return 0;
		}
		return (to - from + 1) + jdbc.sql("""
				with w as (
				  insert into wish (region_id, region_path, beneficiary_id, priority, description, category_id, urgency,
				                    difficulty, channel, status, claimed_at, contact_due_at, contacted_at, committed_date,
				                    completed_at, evaluation, evaluated_at, contact_overdue, created_by, created_at, updated_at)
				  select p.region_id, p.region_path, p.id, g % 10 = 0, (:texts::text[])[1 + g % 10] || '（' || g || '）',
				         (:cats::bigint[])[1 + g % 15], 'NORMAL', 'MEDIUM',
				         (array['NOTICE','MAILBOX','HOME_VISIT','PHONE','MEETING','ONLINE'])[1 + g % 6],
				         s.status, case when s.status <> 'OPEN' then c.at + interval '1 day' end,
				         case when s.status <> 'OPEN' then c.at + interval '8 days' end,
				         case when s.status not in ('OPEN', 'CLAIMED') then c.at + interval '3 days' end,
				         case when s.status not in ('OPEN', 'CLAIMED') then (c.at + interval '10 days')::date end,
				         case when s.status in ('COMPLETED', 'CLOSED') then c.at + interval '9 days' end,
				         case when s.status = 'CLOSED' then (case when g % 97 = 0 then 'BASICALLY_SATISFIED' else 'SATISFIED' end) end,
				         case when s.status = 'CLOSED' then c.at + interval '11 days' end,
				         s.status = 'CLAIMED' and c.at < cast(:now as timestamptz) - interval '8 days', 0, c.at, c.at
				  from generate_series(:from, :to) g
				  join gen_person p on p.k = (g * 7919) % :people
				  cross join lateral (select cast(:now as timestamptz) - ((g * 104729) % 63072000) * interval '1 second' as at) c
				  cross join lateral (select case when g % 100 < 2 then 'OPEN' when g % 100 < 4 then 'CLAIMED'
				                                  when g % 100 < 7 then 'IN_PROGRESS' when g % 100 < 10 then 'COMPLETED'
				                                  else 'CLOSED' end as status) s
				  returning id, created_at, claimed_at, contacted_at, completed_at, evaluated_at)
				insert into wish_event (owner_id, at, actor_id, actor_name, kind, note, on_behalf)
				select w.id, e.at, 0, 'generator', e.kind, null, false
				from w cross join lateral (values
				    ('COLLECTED', w.created_at, true), ('CLAIMED', w.claimed_at, w.claimed_at is not null),
				    ('CONTACTED', w.contacted_at, w.contacted_at is not null),
				    ('COMPLETED', w.completed_at, w.completed_at is not null),
				    ('EVALUATED', w.evaluated_at, w.evaluated_at is not null)) e(kind, at, happened)
				where e.happened""")
			.param("texts", WISH_TEXTS.replace("\n", ""))
			.param("cats", GeneratorBatch.ids(jdbc, "wish_category"))
			.param("from", from)
			.param("to", to)
			.param("people", places.people())
			.param("now", Timestamp.from(now))
			.update();
	}

}
