package cn.siwei.wish;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import cn.siwei.access.Actor;
import cn.siwei.support.SiweiIT;
import cn.siwei.wish.WishEvents.WishCompleted;
import cn.siwei.wish.WishTerms.Channel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An act publishes its past-tense event when it commits, and the capability's listener turns it into the notice,
 * once: Spring Modulith's scenarios, on the one shared platform.
 */
@EnableScenarios
class WishEventsScenarioIT extends SiweiIT {

	@Autowired
	Wishes wishes;

	@Autowired
	WishQueries queries;

	@Test
	void completingAWishPublishesWishCompletedAndTellsTheBeneficiaryOnce(Scenario scenario) {
		long wang = id("person", "name", "王秀兰");
		long category = this.queries.categories(Locale.SIMPLIFIED_CHINESE).get(0).id();
		long wish = this.wishes.collect(Actor.SYSTEM, WishForm.of(wang, category, "场景：想换一个新的门锁。", Channel.PHONE));
		this.wishes.assign(Actor.SYSTEM, wish, id("team", "name", "永安社区“红细胞”党员服务队"), null);
		this.wishes.recordContact(Actor.SYSTEM, wish, LocalDate.now(this.clock).plusDays(2), null);

		scenario.stimulate(() -> this.wishes.complete(Actor.SYSTEM, wish, "已换好"))
			.andWaitForEventOfType(WishCompleted.class)
			.matching(e -> e.subject().id() == wish)
			.toArriveAndVerify(e -> {
				assertThat(e.subject().beneficiaryId()).isEqualTo(wang);
				assertThat(e.entryId()).isPositive();
			});
		scenario.stimulate(() -> {
		})
			.andWaitForStateChange(() -> notices(wang, wish), n -> n > 0)
			.andVerify(n -> assertThat(n).as("the beneficiary is told once").isEqualTo(1));
		assertThat(this.jdbc.sql("""
				select count(*) from event_publication
				where completion_date is null and event_type like '%WishCompleted' and serialized_event like ?""")
			.param("%\"id\":" + wish + ",%").query(Long.class).single()).as("no publication left to republish").isZero();
	}

	long notices(long person, long wish) {
		return this.jdbc.sql("""
				select count(*) from notification
				where person_id = ? and message_key = 'notice.wish.completed' and link = ?""")
			.params(person, "/wishes/" + wish)
			.query(Long.class)
			.single();
	}

}
