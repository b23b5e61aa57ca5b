package cn.siwei.people;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumbersTest {

	@Test
	void aNumberWithTheRightCheckCharacterAndARealBirthDateIsValid() {
		String id = IdNumbers.withCheck("11010519491231002");
		assertThat(id).isEqualTo("11010519491231002X");
		assertThat(IdNumbers.valid(id)).isTrue();
		assertThat(IdNumbers.valid(id.toLowerCase())).isTrue();
		assertThat(IdNumbers.birthDate(id)).isEqualTo(LocalDate.of(1949, 12, 31));
	}

	@Test
	void aWrongCheckCharacterIsRejected() {
		assertThat(IdNumbers.valid("110105194912310021")).isFalse();
	}

	@Test
	void anImpossibleDateIsRejectedEvenWithTheRightCheckCharacter() {
		assertThat(IdNumbers.valid(IdNumbers.withCheck("11010519490231002"))).isFalse();
	}

	@Test
	void wrongLengthsAndLettersAreRejected() {
		assertThat(IdNumbers.valid("1101051949123100")).isFalse();
		assertThat(IdNumbers.valid("A1010519491231002X")).isFalse();
		assertThat(IdNumbers.valid(null)).isFalse();
	}

}
