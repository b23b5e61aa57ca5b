package cn.siwei.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextSearchTest {

	@Test
	void eachWordIsThePhraseOfItsPairsAndEveryWordIsRequired() {
		assertThat(TextSearch.query("加装电梯")).hasValue("('加装' <-> '装电' <-> '电梯')");
		assertThat(TextSearch.query("东门 路灯")).hasValue("'东门' & '路灯'");
		assertThat(TextSearch.query("东门路灯坏了")).get().asString().contains("'东门'", "'路灯'").doesNotContain("'了'");
	}

	@Test
	void singleCharactersCountOnlyWhenNothingLongerIsAsked() {
		assertThat(TextSearch.query("灯")).hasValue("'灯':*");
		assertThat(TextSearch.query("WiFi 12345")).hasValue("('wi' <-> 'if' <-> 'fi') & ('12' <-> '23' <-> '34' <-> '45')");
	}

	@Test
	void punctuationAloneAsksForNoWord() {
		assertThat(TextSearch.query("，。！")).isEmpty();
		assertThat(TextSearch.query("   ")).isEmpty();
		assertThat(TextSearch.query(null)).isEmpty();
	}

}
