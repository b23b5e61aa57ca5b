package cn.siwei.platform;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.support.SiweiIT;
import cn.siwei.wish.WishForm;
import cn.siwei.wish.WishQueries;
import cn.siwei.wish.WishTerms;
import cn.siwei.wish.Wishes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform's sweeps run by themselves, as they do for users: scheduling is on in the tests (a library's
 * switch once let the suite run with it off and hid a platform that could not start with it on).
 */
class SchedulingIT extends SiweiIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	Wishes wishes;

	@Autowired
	WishQueries wishQueries;

	@Autowired
	UserDetailsService users;

	@Test
	void theWishAndRequestSweepsAreScheduled() {
		var tasks = this.context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
			.flatMap(holder -> holder.getScheduledTasks().stream())
			.map(Object::toString)
			.toList();
		assertThat(tasks).anyMatch(t -> t.contains("WishSweep.sweep")).anyMatch(t -> t.contains("RequestSweep.sweep"));
	}

	@Test
	void theSchedulerItselfFlagsAMissedContactDeadline() {
		Actor worker = actor("worker");
		long category = this.wishQueries.categories(Locale.SIMPLIFIED_CHINESE).stream()
			.filter(c -> c.code().equals("REPAIR")).findFirst().orElseThrow().id();
		long wish = this.wishes.collect(worker,
				WishForm.of(id("person", "name", "王秀兰"), category, "调度测试：修理台灯", WishTerms.Channel.PHONE));
		this.wishes.claim(actor("volunteer"), wish, null);
		assertThat(this.wishQueries.get(worker, wish, null).contactOverdue()).isFalse();

		this.clock.advance(Duration.ofDays(7).plusMinutes(1));

		// Nobody calls the sweep here: the scheduler (every second in tests) must find the missed deadline.
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.wishQueries.get(worker, wish, null).contactOverdue()).isTrue());
	}

	private Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

}
