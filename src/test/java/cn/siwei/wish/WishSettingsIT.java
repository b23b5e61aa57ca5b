package cn.siwei.wish;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.platform.Rejected;
import cn.siwei.region.Regions;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contact deadline is set per region (the nearest rule above a wish applies), and the categories are an
 * editable dictionary.
 */
class WishSettingsIT extends SiweiIT {

	@Autowired
	Wishes wishes;

	@Autowired
	WishRules wishRules;

	@Autowired
	WishQueries wishQueries;

	@Autowired
	WishCategories categories;

	@Autowired
	Regions regions;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	@Test
	void aStreetSetsItsOwnContactDeadlineAndItAppliesToWishesBelow() {
		Actor street = actor("street");
		long kunlun = this.regions.findByCode("650203001").orElseThrow().id();
		long yongan = this.regions.findByCode("650203001001").orElseThrow().id();
		long ninth = this.regions.findByCode("650202001009").orElseThrow().id();
		this.wishRules.setContactDays(street, kunlun, 3);
		assertThat(this.wishRules.contactDays(street, yongan)).isEqualTo(3);
		assertThat(this.wishRules.contactDays(Actor.SYSTEM, ninth)).as("another street keeps the default").isEqualTo(7);

		long wang = id("person", "name", "王秀兰");
		long category = this.wishQueries.categories(Locale.SIMPLIFIED_CHINESE).get(0).id();
		long id = this.wishes.collect(actor("worker"), WishForm.of(wang, category, "三天规则", WishTerms.Channel.PHONE));
		this.wishes.claim(actor("volunteer"), id, null);
		assertThat(this.wishQueries.get(actor("worker"), id, null).contactDueAt())
			.isEqualTo(this.clock.instant().plus(Duration.ofDays(3)));

		assertThatThrownBy(() -> this.wishRules.setContactDays(street, kunlun, 0)).isInstanceOf(Rejected.class);
		assertThatThrownBy(() -> this.wishRules.setContactDays(actor("worker"), yongan, 5)).isInstanceOf(AccessDenied.class);
		this.wishRules.setContactDays(street, kunlun, 7);
	}

	@Test
	void anAdministratorAddsAndRenamesACategoryAndBadCodesAreRefused() {
		Actor admin = actor("admin");
		long id = this.categories.create(admin, "TEST_CATEGORY", "测试类别", "Test category", "测试，技能");
		assertThat(this.wishQueries.categories(Locale.SIMPLIFIED_CHINESE)).anyMatch(c -> c.name().equals("测试类别"));
		this.categories.update(admin, id, "测试类别二", "Test two", "", false);
		assertThat(this.wishQueries.categories(Locale.SIMPLIFIED_CHINESE)).noneMatch(c -> c.id() == id);
		assertThat(this.categories.all()).anyMatch(c -> c.id() == id && c.nameZh().equals("测试类别二") && !c.active());
		assertThatThrownBy(() -> this.categories.create(admin, "bad code", "x", "x", null))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("wish.rejected.categoryCode"));
		assertThatThrownBy(() -> this.categories.create(admin, "TEST_CATEGORY", "x", "x", null))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("wish.rejected.categoryCodeTaken"));
		assertThatThrownBy(() -> this.categories.create(actor("street"), "OTHER2", "x", "x", null)).isInstanceOf(AccessDenied.class);
	}

}
