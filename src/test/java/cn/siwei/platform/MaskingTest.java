package cn.siwei.platform;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

	@Test
	void aMobileNumberKeepsItsFirstThreeAndLastFourDigits() {
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void aShortNumberIsHiddenWhole() {
		assertThat(Masking.phone("1234")).isEqualTo("****");
		assertThat(Masking.phone("12345")).isEqualTo("****5");
		assertThat(Masking.phone("68123456")).isEqualTo("******56");
	}

	@Test
	void anIdNumberKeepsOnlyItsFirstThreeAndLastTwoCharacters() {
		assertThat(Masking.idNumber("65020319380312101X")).isEqualTo("650*************1X");
		assertThat(Masking.idNumber("650203380312101")).isEqualTo("650**********01");
	}

	@Test
	void noDigitOfTheBirthDateInsideAnIdNumberIsLeftVisible() {
		String masked = Masking.idNumber("65020319380312101X");
		assertThat(masked.substring(6, 14)).isEqualTo("********");
		assertThat(Masking.birthYear(LocalDate.of(1938, 3, 12))).isEqualTo(1938);
	}

	@Test
	void anAddressKeepsOnlyItsBeginning() {
		assertThat(Masking.address("克拉玛依区昆仑路永安小区1号楼1单元101")).isEqualTo("克拉玛依区昆****");
		assertThat(Masking.address("短地址")).isEqualTo("短****");
	}

	@Test
	void missingValuesStayMissing() {
		assertThat(Masking.phone(null)).isNull();
		assertThat(Masking.idNumber("")).isEmpty();
	}

}
