package cn.siwei.request;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HotTopicsTest {

	@Test
	void wordsAreRealWordsCountedOncePerRequestWithoutWordsThatSayNothing() {
		var words = HotTopics.words(List.of("小区垃圾没人清运，垃圾很多", "垃圾桶坏了", "路灯不亮了", "希望尽快加装电梯"));
		assertThat(words.get("垃圾")).as("once per request").isEqualTo(1);
		assertThat(words.get("垃圾桶")).isEqualTo(1);
		assertThat(words.get("路灯")).isEqualTo(1);
		assertThat(words.get("加装电梯")).as("a word of community work, kept whole").isEqualTo(1);
		assertThat(words).doesNotContainKeys("小区", "希望", "尽快", "坏了", "圾桶", "区垃", "灯不");
	}

	@Test
	void aTopicRisesWhenItHasAtLeastThreeAndHalfAsManyAgainAsBefore() {
		assertThat(HotTopics.rising(3, 0)).isTrue();
		assertThat(HotTopics.rising(2, 0)).isFalse();
		assertThat(HotTopics.rising(15, 10)).isTrue();
		assertThat(HotTopics.rising(14, 10)).isFalse();
	}

}
