package cn.siwei.wish;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.siwei.access.Actor;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggestions put the force whose skills suit the wish and whose area covers the beneficiary first, and say why.
 */
class WishMatchingIT extends SiweiIT {

	@Autowired
	WishMatching matching;

	@Autowired
	Wishes wishes;

	@Autowired
	WishQueries wishQueries;

	@Test
	void aRepairWishIsSuggestedToTheTeamThatRepairsAppliancesInThatCommunity() {
		long wang = id("person", "name", "王秀兰");
		long repair = this.wishQueries.categories(Locale.SIMPLIFIED_CHINESE).stream().filter(c -> c.code().equals("REPAIR"))
			.findFirst().orElseThrow().id();
		long id = this.wishes.collect(Actor.SYSTEM, WishForm.of(wang, repair, "修理冰箱", WishTerms.Channel.PHONE));
		var suggestions = this.matching.suggest(Actor.SYSTEM, id, 5);
		assertThat(suggestions).isNotEmpty();
		var best = suggestions.get(0);
		assertThat(best.skills()).containsAnyOf("维修家电", "维修家具", "水电维修", "电路维修");
		assertThat(best.servesArea()).isTrue();
		assertThat(suggestions).anySatisfy(s -> {
			assertThat(s.name()).contains("红细胞");
			assertThat(s.skills()).contains("维修家电");
		});
		assertThat(suggestions).extracting(WishMatching.Suggestion::name)
			.doesNotContain("王秀兰")
			.noneMatch(n -> n.contains("维权小分队"));
	}

	@Test
	void loadLowersAndARecordRaisesTheScore() {
		var idle = WishMatching.suggestion(1L, null, "a", List.of("维修家电"), true, 0, 0, 0);
		var busy = WishMatching.suggestion(2L, null, "b", List.of("维修家电"), true, 4, 0, 0);
		var proven = WishMatching.suggestion(3L, null, "c", List.of("维修家电"), true, 0, 5, 2);
		assertThat(busy.score()).isLessThan(idle.score());
		assertThat(proven.score()).isGreaterThan(idle.score());
	}

	@Test
	void theCommunityOfAPathIsItsFourthLevel() {
		assertThat(WishMatching.communityOf("/1/2/3/4/5/6/")).isEqualTo("/1/2/3/4/");
		assertThat(WishMatching.communityOf("/1/2/")).isEqualTo("/1/2/");
	}

}
