package cn.siwei.employment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.access.Actor;
import cn.siwei.employment.EmploymentEvents.FairHeld;
import cn.siwei.employment.EmploymentTerms.Care;
import cn.siwei.employment.EmploymentTerms.Consent;
import cn.siwei.employment.EmploymentTerms.Hours;
import cn.siwei.organisation.OrganisationForm;
import cn.siwei.organisation.OrganisationKind;
import cn.siwei.organisation.Organisations;
import cn.siwei.people.People;
import cn.siwei.people.PersonForm;
import cn.siwei.platform.DemoContribution;
import cn.siwei.platform.Events;

/**
 * Karamay's employment, from records (docs/employment.md states the scale): the seed's "60 余场社区招聘会、100 余场
 * 线上小型招聘会" as 60 offline and 100 online fairs held over the past year, 1:1; its "5300 余人实现就业" as 530
 * placements, 1:10, each a hired application of a registered seeker, re-checked at 30 and 90 days where due. The
 * history is written as the ledger of a past year (as an import would); the live part — employers, vacancies open
 * now, seekers looking, an application in each state — goes through the services.
 */
@Component
@Order(6)
class EmploymentDemo implements DemoContribution {

	/** The seed's fairs and placements, and the demo's scale for placements. */
	static final int OFFLINE_FAIRS = 60;

	static final int ONLINE_FAIRS = 100;

	static final int SEED_PLACED = 5300;

	static final int SCALE = 10;

	static final int PLACEMENTS = SEED_PLACED / SCALE;

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
			"马", "朱", "胡", "郭", "何", "高", "林", "罗" };

	private static final String[] GIVEN = { "建军", "秀英", "海燕", "志刚", "丽娟", "文博", "晓东", "玉兰", "国庆", "春梅",
			"红霞", "永强", "雪梅", "俊杰", "桂兰", "振华", "美玲", "德胜", "艳芳", "子豪", "婷婷", "浩然", "凤英", "明亮",
			"小燕", "建华", "亚楠", "卫东", "金花", "思远" };

	private final Organisations organisations;

	private final People people;

	private final Vacancies vacancies;

	private final Seekers seekers;

	private final Applications applications;

	private final Fairs fairs;

	private final Events events;

	private final JdbcClient jdbc;

	private final Clock clock;

	EmploymentDemo(Organisations organisations, People people, Vacancies vacancies, Seekers seekers,
			Applications applications, Fairs fairs, Events events, JdbcClient jdbc, Clock clock) {
		this.fairs = fairs;
		this.organisations = organisations;
		this.people = people;
		this.vacancies = vacancies;
		this.seekers = seekers;
		this.applications = applications;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void contribute(World world) {
		Actor staff = Actor.SYSTEM;
		long[] communities = { world.region("650203001001"), world.region("650202001009"), world.region("650204001001") };
		long district = world.region("650203");
		// employers canvassed door to door and the district's firms
		List<Long> employers = new ArrayList<>();
		employers.add(world.organisation("永安便民超市"));
		employers.add(world.organisation("克拉玛依永安物业服务有限公司"));
		String[] firms = { "克拉玛依鑫源家政服务有限公司", "克拉玛依安泰保安服务有限公司", "克拉玛依顺达物流有限公司",
				"克拉玛依康宁养老服务中心", "克拉玛依油城餐饮管理有限公司", "克拉玛依石化设备维修有限公司" };
		for (String name : firms) {
			employers.add(this.organisations.create(staff, OrganisationForm.of(district, OrganisationKind.ENTERPRISE, name)));
		}
		String[][] jobs = { { "4-01", "超市理货员", "理货、收银", "PART_TIME" }, { "4-09", "小区保洁员", "保洁", "FULL_TIME" },
				{ "4-10", "家政服务员", "家政、做饭", "FLEXIBLE" }, { "3-02", "保安员", "安保、巡逻", "SHIFTS" },
				{ "4-02", "快递分拣员", "分拣、驾驶", "SHIFTS" }, { "4-10-01", "养老护理员", "护理、陪护", "FULL_TIME" },
				{ "4-03", "厨房帮工", "做饭、面点", "FULL_TIME" }, { "6-23", "设备维修电工", "电工、焊工", "FULL_TIME" } };
		List<Long> open = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String[] j = jobs[i % jobs.length];
			int pay = 2600 + (i % 8) * 300;
			open.add(this.vacancies.open(staff, new VacancyForm(employers.get(i % employers.size()),
					communities[i % communities.length], j[0], j[1], pay, pay + 1200, Hours.valueOf(j[3]),
					List.of(j[2]), 20, null)));
		}
		// seekers: residents of the three communities, nine in ten consented
		List<Long> seekerIds = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			PersonForm f = new PersonForm();
			f.setRegionId(communities[i % communities.length]);
			f.setName(SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length) % GIVEN.length]);
			f.setGender(i % 2 == 0 ? "M" : "F");
			long person = this.people.create(staff, f);
			String[] j = jobs[i % jobs.length];
			Set<Care> care = i % 7 == 0 ? Set.of(Care.ZERO_EMPLOYMENT_FAMILY) : i % 11 == 0 ? Set.of(Care.DISABLED)
					: i % 13 == 0 ? Set.of(Care.LONG_UNEMPLOYED) : Set.of();
			seekerIds.add(this.seekers.register(staff, new SeekerForm(person, List.of(j[2]), List.of(j[0]),
					Hours.valueOf(j[3]), care, null, i % 10 == 9 ? Consent.NONE : Consent.PAPER)));
		}
		history(employers, open, seekerIds, communities);
		// a vacancy withdrawn, and a fair of Yong'an next week: two booths, vacancies offered, three registered
		long withdrawn = this.vacancies.open(staff, new VacancyForm(employers.get(0), communities[0], "4-01", "夜班收银员",
				2800, 3600, Hours.SHIFTS, List.of("收银"), 1, null));
		this.vacancies.close(staff, withdrawn, "店铺调整营业时间，不再招夜班");
		LocalDate week = LocalDate.now(this.clock).plusDays(7);
		long fair = this.fairs.plan(staff, new FairForm(communities[0], "永安社区“春风行动”招聘会", EmploymentTerms.FairKind.OFFLINE,
				"永安社区党群服务中心", week.atTime(10, 0), week.atTime(13, 0)));
		for (int i = 0; i < 2; i++) {
			this.fairs.booth(staff, fair, employers.get(i));
			this.fairs.offer(staff, fair, open.get(i));
		}
		for (int i = 0; i < 3; i++) {
			this.fairs.register(staff, fair, seekerIds.get(PLACEMENTS + 10 + i * 3));
		}
		// live applications, one in each early state, for the pages
		this.applications.apply(staff, open.get(0), seekerIds.get(PLACEMENTS), null);
		long viewed = this.applications.apply(staff, open.get(1), seekerIds.get(PLACEMENTS + 1), null);
		this.applications.advance(staff, viewed, ApplicationLoop.Act.VIEW, null);
		long interview = this.applications.apply(staff, open.get(2), seekerIds.get(PLACEMENTS + 2), null);
		this.applications.advance(staff, interview, ApplicationLoop.Act.INTERVIEW, "周三上午面试");
	}

	/**
	 * The past year as its ledger: 530 placements (hired applications of registered seekers, checked at 30 and 90
	 * days where due: nine in ten in work at 30 days, eight in ten at 90), 60 community fairs and 100 online ones
	 * held, each fair told to the activities ledger as it would have been.
	 */
	private void history(List<Long> employers, List<Long> open, List<Long> seekerIds, long[] communities) {
		LocalDate today = LocalDate.now(this.clock);
		ZoneId zone = this.clock.getZone();
		Instant now = this.clock.instant();
		// what was opened and registered over the past year is dated so
		this.jdbc.sql("update job_vacancy set created_at = ?, updated_at = ? where id = any(?)")
			.params(Timestamp.from(today.minusDays(365).atTime(9, 0).atZone(zone).toInstant()), Timestamp.from(now),
					open.toArray(Long[]::new))
			.update();
		for (int i = 0; i < PLACEMENTS; i++) {
			long seeker = seekerIds.get(i);
			long vacancy = open.get(i % open.size());
			LocalDate hired = today.minusDays(1 + (i * 7L) % 360);
			Timestamp at = Timestamp.from(hired.minusDays(10).atTime(10, 0).atZone(zone).toInstant());
			boolean fair = i % 3 == 0;
			this.jdbc.sql("update job_seeker set created_at = ?, status = 'PLACED' where id = ?")
				.params(Timestamp.from(hired.minusDays(30).atTime(9, 0).atZone(zone).toInstant()), seeker).update();
			long application = this.jdbc.sql("""
					insert into job_application (vacancy_id, seeker_id, region_path, category_id, channel, status,
					  created_by, created_at, updated_at)
					select v.id, s.id, s.region_path, v.category_id, ?, 'HIRED', 0, ?, ?
					from job_vacancy v, job_seeker s where v.id = ? and s.id = ? returning id""")
				.params(fair ? "FAIR" : "STAFF", at, at, vacancy, seeker).query(Long.class).single();
			long age = today.toEpochDay() - hired.toEpochDay();
			String c30 = age >= 30 ? (i % 10 == 3 ? "LEFT" : "IN_WORK") : null;
			String c90 = age >= 90 && "IN_WORK".equals(c30) ? (i % 9 == 4 ? "LEFT" : "IN_WORK") : null;
			this.jdbc.sql("""
					insert into job_placement (application_id, seeker_id, vacancy_id, employer_id, region_path, category_id,
					  channel, hired_on, created_at, check30, check30_at, check30_by, check90, check90_at, check90_by)
					select a.id, a.seeker_id, a.vacancy_id, v.employer_id, a.region_path, a.category_id, ?, ?, ?,
					  ?, ?, ?, ?, ?, ? from job_application a join job_vacancy v on v.id = a.vacancy_id where a.id = ?""")
				.params(fair ? "FAIR" : "APPLICATION", hired,
						Timestamp.from(hired.atTime(10, 0).atZone(zone).toInstant()), c30,
						c30 == null ? null : Timestamp.from(hired.plusDays(30).atTime(10, 0).atZone(zone).toInstant()),
						c30 == null ? null : "就业服务站", c90,
						c90 == null ? null : Timestamp.from(hired.plusDays(90).atTime(10, 0).atZone(zone).toInstant()),
						c90 == null ? null : "就业服务站", application)
				.update();
			this.jdbc.sql("update job_vacancy set filled = filled + 1 where id = ?").param(vacancy).update();
		}
		trainings(employers, seekerIds, communities);
		String[] places = { "永安社区党群服务中心", "第九社区活动室", "田园社区文化广场" };
		for (int i = 0; i < OFFLINE_FAIRS + ONLINE_FAIRS; i++) {
			boolean offline = i < OFFLINE_FAIRS;
			long region = communities[i % communities.length];
			LocalDate day = today.minusDays(3 + (i * 11L) % 360);
			Instant starts = day.atTime(offline ? 10 : 9, 0).atZone(zone).toInstant();
			Instant ends = offline ? starts.plusSeconds(3 * 3600) : starts.plusSeconds(7 * 24 * 3600);
			if (!offline && ends.isAfter(now)) {
				ends = now.minusSeconds(3600);
			}
			String title = offline ? "“送岗位进社区”招聘会（第 " + (i + 1) + " 场）" : "线上小型招聘会（第 " + (i - OFFLINE_FAIRS + 1) + " 期）";
			int checkedIn = offline ? 30 + (i * 17) % 90 : 0;
			int intents = offline ? 3 + (i * 7) % 12 : 0;
			var fair = this.jdbc.sql("""
					insert into job_fair (region_id, region_path, title, kind, place, starts_at, ends_at, status, registered,
					  checked_in, intents, created_by, planned_at)
					select r.id, r.path, ?, ?, ?, ?, ?, 'HELD', ?, ?, ?, 0, ? from region r where r.id = ?
					returning id, region_path""")
				.params(title, offline ? "OFFLINE" : "ONLINE", offline ? places[i % places.length] : null,
						Timestamp.from(starts), Timestamp.from(ends), checkedIn + checkedIn / 5, checkedIn, intents,
						Timestamp.from(starts.minusSeconds(14 * 24 * 3600)), region)
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).single();
			this.events.publish(new FairHeld((Long) fair[0], (String) fair[1], title, offline ? "OFFLINE" : "ONLINE",
					offline ? places[i % places.length] : null, starts, ends, offline ? checkedIn : 20 + i % 40));
		}
	}

	/** The seed's "订单、定向、定岗式培训3000余场次": 300 sessions (1:10) of 30 trainings over the past year. */
	static final int TRAININGS = 30;

	static final int SESSIONS_EACH = 10;

	private void trainings(List<Long> employers, List<Long> seekerIds, long[] communities) {
		LocalDate today = LocalDate.now(this.clock);
		ZoneId zone = this.clock.getZone();
		String[][] courses = { { "4-10-01", "养老护理员订单班" }, { "4-09", "保洁技能定岗培训" }, { "4-10", "家政服务定向培训" },
				{ "3-02", "保安员定岗培训" }, { "8-01", "国家通用语言和就业技能培训" }, { "4-03", "中式面点订单班" } };
		String[] kinds = { "ORDER", "POST", "DIRECTED" };
		for (int i = 0; i < TRAININGS; i++) {
			String[] c = courses[i % courses.length];
			String kind = kinds[i % kinds.length];
			LocalDate starts = today.minusDays(40 + i * 11L);
			LocalDate ends = starts.plusDays(SESSIONS_EACH * 2);
			long training = this.jdbc.sql("""
					insert into job_training (region_id, region_path, title, kind, employer_id, occupation, category_id,
					  capacity, starts_on, ends_on, place, status, created_by, planned_at, created_at)
					select r.id, r.path, ?, ?, ?, o.code, o.grp, 30, ?, ?, r.name || '党群服务中心', 'FINISHED', 0, ?, ?
					from region r, job_occupation o where r.id = ? and o.code = ? returning id""")
				.params(c[1] + "（第 " + (i + 1) + " 期）", kind, "DIRECTED".equals(kind) ? null : employers.get(i % employers.size()),
						starts, ends, Timestamp.from(starts.minusDays(7).atStartOfDay(zone).toInstant()),
						Timestamp.from(starts.atStartOfDay(zone).toInstant()), communities[i % communities.length], c[0])
				.query(Long.class).single();
			// twenty trainees of the training's community: eighteen complete, two drop out
			List<Long> trainees = new ArrayList<>();
			for (int k = 0; k < 20; k++) {
				trainees.add(seekerIds.get((i % 3) + 3 * ((i * 7 + k) % 200)));
			}
			this.jdbc.sql("""
					insert into job_training_enrolment (training_id, seeker_id, region_path, category_id, channel, status,
					  attended, certificate, completed_at, created_by, created_at)
					select t.id, s.id, s.region_path, t.category_id, t.kind,
					  case when n <= 18 then 'COMPLETED' else 'DROPPED' end, case when n <= 18 then ? else 3 end,
					  case when n <= 18 then 'PX' || t.id || '-' || s.id end, case when n <= 18 then cast(? as timestamptz) end, 0, ?
					from job_training t, unnest(?::bigint[]) with ordinality as u(seeker, n) join job_seeker s on s.id = u.seeker
					where t.id = ? on conflict do nothing""")
				.params(SESSIONS_EACH, Timestamp.from(ends.atTime(17, 0).atZone(zone).toInstant()),
						Timestamp.from(starts.atStartOfDay(zone).toInstant()), trainees.toArray(Long[]::new), training)
				.update();
			for (int k = 0; k < SESSIONS_EACH; k++) {
				Instant held = starts.plusDays(2L * k).atTime(15, 0).atZone(zone).toInstant();
				String topic = k == 0 ? "开班与安全须知" : "第 " + (k + 1) + " 课";
				long session = this.jdbc.sql("""
						insert into job_training_session (training_id, held_at, topic, attended, recorded_by, recorded_at)
						values (?, ?, ?, (select count(*) from job_training_enrolment where training_id = ?
						  and (status = 'COMPLETED' or ? < 3)), 0, ?) returning id""")
					.params(training, Timestamp.from(held), topic, training, k, Timestamp.from(held))
					.query(Long.class).single();
				int attended = this.jdbc.sql("""
						insert into job_training_attendance (session_id, enrolment_id)
						select ?, e.id from job_training_enrolment e where e.training_id = ? and (e.status = 'COMPLETED' or ? < 3)""")
					.params(session, training, k).update();
				String region = this.jdbc.sql("select region_path from job_training where id = ?").param(training)
					.query(String.class).single();
				this.events.publish(new EmploymentEvents.TrainingSessionHeld(session, region, c[1] + "：" + topic,
						"党群服务中心", held, attended));
			}
		}
		// a hire after a completed training is a placement after training
		this.jdbc.sql("""
				update job_placement p set after_training = true where exists (select 1 from job_training_enrolment e
				  where e.seeker_id = p.seeker_id and e.status = 'COMPLETED' and e.completed_at::date < p.hired_on)""")
			.update();
	}

}
