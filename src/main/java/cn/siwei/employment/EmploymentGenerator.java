package cn.siwei.employment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.GeneratorBatch;

/**
 * The placements of the generator's synthetic city ({@code --siwei.generate.placements=N}): for each, a vacancy of one
 * of the city's units at one of its places, the seeker (one per person, registered with consent), the hired
 * application with its timeline, and the placement, checked at 30 and 90 days where due — two years of them.
 */
@Component
class EmploymentGenerator implements GeneratorBatch {

	@Override
	public String name() {
		return "placements";
	}

	@Override
	public List<String> tables() {
		return List.of("job_vacancy", "job_seeker", "job_application", "job_application_event", "job_placement");
	}

	@Override
	public List<Counted> counted() {
		return List.of();
	}

	@Override
	public long write(JdbcClient jdbc, Places places, long from, long to, Instant now) {
		if (places.people() == 0 || places.places() == 0 || places.orgs() == 0) {
			return 0;
		}
		// the seekers of these placements' people, once each (a person may be placed more than once in two years)
		long seekers = jdbc.sql("""
				insert into job_seeker (person_id, region_path, skills, wishes, hours, care, category_id, available_from,
				  consent_at, consent_by, channel, status, created_by, created_at, updated_at)
				select distinct on (p.id) p.id, p.region_path, '{保洁,收纳}', '{4-09}', 'FULL_TIME', '{}', 9, cast(c.at as date),
				  c.at, 'generator', 'PAPER', 'PLACED', 0, c.at, c.at
				from generate_series(:from, :to) g join gen_person p on p.k = (g * 7919) % :people
				cross join lateral (select cast(:now as timestamptz) - interval '2 years' + (p.k % 30) * interval '1 day' as at) c
				on conflict (person_id) do nothing""")
			.param("from", from).param("to", to).param("people", places.people()).param("now", Timestamp.from(now))
			.update();
		// the vacancies, applications and placements, aligned by their number within this statement (rows a statement
		// inserts are not seen by its own scans of the table: what is needed goes through the CTEs)
		long rows = jdbc.sql("""
				with src as (
				  select g, o.id as employer, pl.id as place, pl.path, s.id as seeker, s.region_path as home,
				         cast(:now as timestamptz) - ((g * 104729) % 63072000) * interval '1 second' as at,
				         (array['4-09','4-10','3-02','4-02','4-03','4-01','6-23','4-10-01'])[1 + g % 8] as occupation
				  from generate_series(:from, :to) g
				  join gen_org o on o.k = g % :orgs
				  join gen_place pl on pl.k = (g * 104729) % :places
				  join gen_person p on p.k = (g * 7919) % :people
				  join job_seeker s on s.person_id = p.id),
				v as (
				  insert into job_vacancy (employer_id, region_id, region_path, occupation, category_id, title, pay_min, pay_max,
				    hours, skills, places, filled, status, created_by, created_at, updated_at)
				  select src.employer, src.place, src.path, src.occupation, c.grp, c.name, 3000, 4200, 'FULL_TIME', '{保洁}', 1, 1,
				    'FILLED', 0, src.at - interval '20 days', src.at
				  from src join job_occupation c on c.code = src.occupation order by src.g
				  returning id, category_id, employer_id),
				vn as (select id, category_id, employer_id, row_number() over (order by id) as n from v),
				sn as (select *, row_number() over (order by g) as n from src),
				a as (
				  insert into job_application (vacancy_id, seeker_id, region_path, category_id, channel, status, created_by,
				    created_at, updated_at)
				  select vn.id, sn.seeker, sn.home, vn.category_id, case when sn.g % 3 = 0 then 'FAIR' else 'STAFF' end, 'HIRED', 0,
				    sn.at - interval '10 days', sn.at
				  from vn join sn using (n) order by n
				  returning id, vacancy_id, seeker_id, region_path, category_id, channel, created_at, updated_at),
				e as (
				  insert into job_application_event (owner_id, at, actor_id, actor_name, kind, note, public, on_behalf)
				  select a.id, x.at, 0, 'generator', x.kind, null, true, false
				  from a cross join lateral (values ('APPLIED', a.created_at), ('OFFER', a.created_at + interval '3 days'),
				    ('HIRED', a.updated_at)) x(kind, at)
				  returning 1)
				insert into job_placement (application_id, seeker_id, vacancy_id, employer_id, region_path, category_id, channel,
				  hired_on, created_at, check30, check30_at, check30_by, check90, check90_at, check90_by)
				select a.id, a.seeker_id, a.vacancy_id, vv.employer_id, a.region_path, a.category_id,
				  case when a.channel = 'FAIR' then 'FAIR' else 'APPLICATION' end, cast(a.updated_at as date), a.updated_at,
				  case when a.updated_at < cast(:now as timestamptz) - interval '30 days' then
				    case when a.id % 10 = 3 then 'LEFT' else 'IN_WORK' end end,
				  case when a.updated_at < cast(:now as timestamptz) - interval '30 days' then a.updated_at + interval '30 days' end,
				  case when a.updated_at < cast(:now as timestamptz) - interval '30 days' then 'generator' end,
				  case when a.updated_at < cast(:now as timestamptz) - interval '90 days' and a.id % 10 <> 3 then
				    case when a.id % 9 = 4 then 'LEFT' else 'IN_WORK' end end,
				  case when a.updated_at < cast(:now as timestamptz) - interval '90 days' and a.id % 10 <> 3 then
				    a.updated_at + interval '90 days' end,
				  case when a.updated_at < cast(:now as timestamptz) - interval '90 days' and a.id % 10 <> 3 then 'generator' end
				from a join vn vv on vv.id = a.vacancy_id""")
			.param("from", from).param("to", to).param("people", places.people()).param("places", places.places())
			.param("orgs", places.orgs()).param("now", Timestamp.from(now))
			.update();
		// the vacancies, applications and their three events besides the placements this statement counted
		return seekers + rows * 6;
	}

}
