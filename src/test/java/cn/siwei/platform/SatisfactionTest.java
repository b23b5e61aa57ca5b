package cn.siwei.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SatisfactionTest {

	@Test
	void readsTheOneVocabularyAndTheWishApisFormerWord() {
		assertThat(Satisfaction.parse("SATISFIED")).isEqualTo(Satisfaction.SATISFIED);
		assertThat(Satisfaction.parse(" basically_satisfied ")).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
		assertThat(Satisfaction.parse("BASIC")).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
		assertThat(Satisfaction.parse("")).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> Satisfaction.parse("VERY"));
	}

	@Test
	void onlyDissatisfiedIsNotSatisfied() {
		assertThat(Satisfaction.SATISFIED.satisfied()).isTrue();
		assertThat(Satisfaction.BASICALLY_SATISFIED.satisfied()).isTrue();
		assertThat(Satisfaction.DISSATISFIED.satisfied()).isFalse();
		assertThat(Satisfaction.SATISFIED_SQL).isEqualTo("('SATISFIED', 'BASICALLY_SATISFIED')");
	}

}
