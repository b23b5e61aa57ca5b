package cn.siwei.request;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HotTopicsTest {

	@Test
	void wordsAreCountedOncePerRequestWithoutFillerCharacters() {
		var words = HotTopics.words(List.of("小区垃圾没人清运，垃圾很多", "垃圾桶坏了", "路灯不亮了"));
		assertThat(words.get("垃圾")).isEqualTo(2);
		assertThat(words.get("路灯")).isEqualTo(1);
		assertThat(words).doesNotContainKeys("的了", "坏了", "不亮");
	}

	@Test
	void aTopicRisesWhenItHasAtLeastThreeAndHalfAsManyAgainAsBefore() {
		assertThat(HotTopics.rising(3, 0)).isTrue();
		assertThat(HotTopics.rising(2, 0)).isFalse();
		assertThat(HotTopics.rising(15, 10)).isTrue();
		assertThat(HotTopics.rising(14, 10)).isFalse();
	}

}
