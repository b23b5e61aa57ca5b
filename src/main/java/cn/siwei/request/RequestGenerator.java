package cn.siwei.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.GeneratorBatch;

/**
 * The requests of the generator's synthetic city ({@code --siwei.generate.requests=N}): two years of requests from
 * every channel at every stage of the five orders, with their parts, ratings and timelines, spread over the city's
 * compounds and communities and sent to its departments.
 */
@Component
class RequestGenerator implements GeneratorBatch {

	private final UnitRollup unitRollup;

	RequestGenerator(UnitRollup unitRollup) {
		this.unitRollup = unitRollup;
	}

	/** Request texts, by category code order (1 environment … 10 other): what residents write. */
	private static final String REQUEST_TEXTS = """
			{小区垃圾桶满了没人清运，气味很大,楼道里堆放杂物影响通行,绿化带杂草太多需要修剪,电梯经常停运老人上下楼困难,\
			地下车库停车位被长期占用,物业费收了但楼道灯一直不修,路灯不亮晚上出行不安全,井盖松动有安全隐患,\
			人行道地砖破损容易绊倒,小区门口乱停车堵住道路,公交站台太远希望增设站点,消防通道被车辆占用,\
			楼下烧烤店油烟扰民,夜间施工噪音影响休息,广场舞音响声音太大,楼上漏水到我家协商不成,\
			邻居在楼道饲养宠物有异味,冬季供暖温度不够,小区经常停水没有提前通知,低保申请不知道怎么办理,\
			医保报销流程咨询,老年人办事希望有人代办,希望社区组织免费体检}""";

	@Override
	public String name() {
		return "requests";
	}

	@Override
	public List<String> tables() {
		return List.of("request", "request_part", "request_rating", "request_event");
	}

	@Override
	public List<Counted> counted() {
		return List.of(new Counted("request", "request"));
	}

	@Override
	public void rebuild() {
		this.unitRollup.rebuild();
	}

	/**
	 * Requests number {@code from} to {@code to} of the formulas, with their parts (one for a dispatched request,
	 * two for one the street summoned units to), ratings and timelines: the rows written.
	 */
	@Override
	public long write(JdbcClient jdbc, Places places, long from, long to, Instant now) {
		if (places.places() == 0 || places.orgs() == 0) {
			return 0;
		}
		return jdbc.sql("""
				with r as (
				  insert into request (region_id, region_path, category_id, description, reporter_name, channel, urgency,
				    status, accept_due_at, responded_at, accepted_at, declined_reason, due_at, escalated, escalated_at,
				    resolved_at, evaluated_at, resolved, satisfaction, reopen_count, closed_at, created_by, created_at,
				    updated_at)
				  select p.id, p.path, (:cats::bigint[])[x.cat],
				         (:texts::text[])[1 + (x.cat - 1) * 2 + g % 2] || '（' || g || '）',
				         '居民' || g,
				         (array['HOTLINE_12345','HOTLINE_12345','HOTLINE_12345','ONLINE','ONLINE','HOME_VISIT','TALK_MEETING',
				                'RESIDENTS_MEETING','SELF_FOUND','OWNERS_MEETING'])[1 + g % 10],
				         case when g % 20 = 0 then 'URGENT' else 'NORMAL' end, s.status, c.at + interval '1 day',
				         case when s.status not in ('SUBMITTED', 'DUPLICATE') then c.at + ((g % 30) || ' hours')::interval end,
				         case when s.status not in ('SUBMITTED', 'DUPLICATE', 'DECLINED') then c.at + ((g % 30) || ' hours')::interval end,
				         case when s.status = 'DECLINED' then '不属于受理范围' end,
				         case when s.status in ('SUBMITTED', 'ACCEPTED', 'ESCALATED') then c.at + interval '2 days' end,
				         s.escalated, case when s.escalated then c.at + interval '1 day' end,
				         case when s.status in ('RESOLVED', 'CLOSED') then c.at + interval '4 days' end,
				         case when s.status = 'CLOSED' then c.at + interval '5 days' end,
				         case when s.status = 'CLOSED' then (g * 31) % 1000 < 986 end,
				         case when s.status = 'CLOSED' then (case when (g * 37) % 1000 < 950 then 'SATISFIED'
				              when (g * 37) % 1000 < 993 then 'BASICALLY_SATISFIED' else 'DISSATISFIED' end) end,
				         case when s.status = 'CLOSED' and (g * 41) % 1000 < 15 then 1 else 0 end,
				         case when s.status in ('CLOSED', 'DECLINED') then c.at + interval '5 days' end, 0, c.at, c.at
				  from generate_series(:from, :to) g
				  join gen_place p on p.k = (g * 7919) % :places
				  cross join lateral (select cast(:now as timestamptz) - ((g * 104729) % 63072000) * interval '1 second' as at) c
				  cross join lateral (select least(10, 1 + ((g * 13) % 100) / 9) as cat) x
				  cross join lateral (select case when g % 1000 < 10 then 'DUPLICATE' when g % 1000 < 20 then 'DECLINED'
				                                  when g % 1000 < 40 then 'SUBMITTED' when g % 1000 < 60 then 'ACCEPTED'
				                                  when g % 1000 < 70 then 'ESCALATED' when g % 1000 < 120 then 'DISPATCHED'
				                                  when g % 1000 < 150 then 'RESOLVED' else 'CLOSED' end as status,
				                             (g * 43) % 1000 < 50 or g % 1000 between 60 and 69 as escalated) s
				  returning *),
				p as (
				  insert into request_part (request_id, role, organisation_id, unit_name, status, report_due_at, reported_at,
				    claimed_at, claimed_by, done_at, due_at, late, round, created_at, region_path)
				  select r.id, case when r.escalated then 'SUMMONED' else 'DISPATCHED' end, o.id, o.name,
				         case when r.status = 'DISPATCHED' then 'CLAIMED' else 'DONE' end,
				         case when r.escalated then r.created_at + interval '2 days' end,
				         case when r.escalated then r.created_at + interval '30 hours' end,
				         r.created_at + interval '2 days', 'generator',
				         case when r.status <> 'DISPATCHED' then r.created_at + interval '4 days' end,
				         case when r.status = 'DISPATCHED' then r.created_at + interval '7 days' end,
				         r.id % 17 = 0, r.reopen_count, r.created_at + interval '1 day', r.region_path
				  from r cross join generate_series(1, case when r.escalated then 2 else 1 end) n
				  join gen_org o on o.k = (r.id + n * 3) % :orgs
				  where r.status in ('DISPATCHED', 'RESOLVED', 'CLOSED')
				  returning id, request_id),
				rt as (
				  insert into request_rating (request_id, part_id, stars, at)
				  select p.request_id, p.id, case when r.satisfaction = 'DISSATISFIED' then 2 when p.id % 5 = 0 then 4 else 5 end,
				         r.evaluated_at
				  from p join r on r.id = p.request_id
				  where r.status = 'CLOSED' and p.id % 10 < 8
				  returning 1),
				ev as (
				  insert into request_event (owner_id, at, actor_id, actor_name, kind, note, public)
				  select r.id, e.at, 0, 'generator', e.kind, null, true
				  from r cross join lateral (values
				      ('RECEIVED', r.created_at, true), ('ACCEPTED', r.accepted_at, r.accepted_at is not null),
				      ('DECLINED', r.created_at + interval '5 hours', r.status = 'DECLINED'),
				      ('ESCALATED', r.escalated_at, r.escalated), ('DISPATCHED', r.created_at + interval '1 day',
				        r.status in ('DISPATCHED', 'RESOLVED', 'CLOSED') and not r.escalated),
				      ('CLAIMED', r.created_at + interval '2 days', r.status in ('DISPATCHED', 'RESOLVED', 'CLOSED')),
				      ('RESOLVED', r.resolved_at, r.resolved_at is not null),
				      ('EVALUATED', r.evaluated_at, r.evaluated_at is not null),
				      ('CLOSED', r.closed_at, r.status = 'CLOSED')) e(kind, at, happened)
				  where e.happened
				  returning 1)
				select (select count(*) from r) + (select count(*) from p) + (select count(*) from rt) + (select count(*) from ev)""")
			.param("texts", REQUEST_TEXTS.replace("\n", ""))
			.param("cats", GeneratorBatch.ids(jdbc, "request_category"))
			.param("from", from)
			.param("to", to)
			.param("places", places.places())
			.param("orgs", places.orgs())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

}
