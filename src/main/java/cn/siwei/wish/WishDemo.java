package cn.siwei.wish;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.siwei.access.Actor;
import cn.siwei.platform.DemoContribution;
import cn.siwei.wish.WishTerms.Channel;

/** The demo's wishes: one being carried out, three waiting to be claimed, in Karamay and Langzhong. */
@Component
@Order(10)
class WishDemo implements DemoContribution {

	private final Wishes wishes;

	private final WishQueries queries;

	private final Clock clock;

	WishDemo(Wishes wishes, WishQueries queries, Clock clock) {
		this.wishes = wishes;
		this.queries = queries;
		this.clock = clock;
	}

	@Override
	public void contribute(World world) {
		long repair = wish(world.person("王秀兰"), "REPAIR", "家里的电视机坏了，想请人上门修一修。", Channel.HOME_VISIT);
		this.wishes.assign(Actor.SYSTEM, repair, world.team("永安社区“红细胞”党员服务队"), null);
		this.wishes.recordContact(Actor.SYSTEM, repair, LocalDate.now(this.clock).plusDays(5), "已电话联系，周末上门");
		wish(world.person("李建国"), "FINDING_PEOPLE", "想找到当年一起在克拉玛依当兵的老战友。", Channel.MAILBOX);
		wish(world.person("阿力木·吐尔逊"), "EMPLOYMENT", "想参加电脑和电商培训，方便找工作。", Channel.MEETING);
		wish(world.person("何淑芬"), "HEALTH", "希望有人每月陪同去医院复查。", Channel.HOME_VISIT);
	}

	private long wish(long beneficiary, String category, String description, Channel channel) {
		long categoryId = this.queries.categories(Locale.SIMPLIFIED_CHINESE)
			.stream()
			.filter(c -> c.code().equals(category))
			.findFirst()
			.orElseThrow()
			.id();
		return this.wishes.collect(Actor.SYSTEM, WishForm.of(beneficiary, categoryId, description, channel));
	}

}
