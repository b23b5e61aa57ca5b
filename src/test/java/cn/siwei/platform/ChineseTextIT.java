package cn.siwei.platform;

import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.request.Request;
import cn.siwei.request.RequestForm;
import cn.siwei.request.RequestQueries;
import cn.siwei.request.RequestRecording;
import cn.siwei.request.Requests;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Chinese text works whatever the machine's locale (CI runs this with LANG and LC_ALL unset): the database
 * classifies Chinese characters, a Chinese duplicate is found, names sort by pinyin, and a database that cannot
 * classify Chinese is refused with a message that says what to do.
 */
class ChineseTextIT extends SiweiIT {

	@Autowired
	Requests requests;

	@Autowired
	RequestQueries queries;

	@Autowired
	RequestRecording recording;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	@Test
	void theDatabaseMakesTrigramsFromChinese() {
		assertThat(this.jdbc.sql("select similarity('小区经常停水', '小区停水')").query(Double.class).single())
			.isGreaterThan(0.3);
	}

	@Test
	void aChineseRequestThatDuplicatesAnEarlierOneIsSuggested() {
		long category = this.queries.categories(Locale.SIMPLIFIED_CHINESE).stream()
			.filter(c -> c.code().equals("MUNICIPAL")).findFirst().orElseThrow().id();
		long first = this.recording.submitOwn(actor("resident"), RequestForm.of(category, "小区经常停水", null, null));
		long again = this.recording.submitOwn(actor("resident"), RequestForm.of(category, "小区停水", null, null));
		assertThat(this.queries.similar(actor("worker"), again, Locale.SIMPLIFIED_CHINESE)).extracting(Request::id)
			.contains(first);
	}

	@Test
	void namesSortByPinyinWithNumbersInOrder() {
		List<String> sorted = this.jdbc.sql("""
				select n from unnest(array['张三', '合成10社区', '阿强', '合成2社区', '李四']::varchar[]) n
				order by n collate names""").query(String.class).list();
		assertThat(sorted).containsExactly("阿强", "合成2社区", "合成10社区", "李四", "张三");
	}

	@Test
	void aDatabaseThatCannotClassifyChineseIsRefusedWithAClearMessage() {
		String db = "siwei_ctype_c_" + ProcessHandle.current().pid();
		this.jdbc.sql("create database " + db + " encoding 'UTF8' lc_ctype 'C' lc_collate 'C' template template0")
			.update();
		try {
			HikariDataSource cDb = DataSourceBuilder.create()
				.type(HikariDataSource.class)
				.url(((HikariDataSource) this.dataSource).getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + db + "$1"))
				.username(((HikariDataSource) this.dataSource).getUsername())
				.password(((HikariDataSource) this.dataSource).getPassword())
				.build();
			try (cDb) {
				JdbcClient.create(cDb).sql("create extension pg_trgm").update();
				assertThatThrownBy(() -> DatabaseFitness.check(cDb)).isInstanceOfSatisfying(DatabaseFitness.Unfit.class,
						unfit -> {
							assertThat(unfit.ctype()).isEqualTo("C");
							var analysis = new DatabaseFitness.Analyzer().analyze(unfit);
							assertThat(analysis.getDescription()).contains("LC_CTYPE=C", "无法识别中文");
							assertThat(analysis.getAction()).contains("LC_CTYPE 'C.UTF-8'", "pg_dump");
						});
			}
			DatabaseFitness.check(this.dataSource);
		}
		finally {
			this.jdbc.sql("drop database if exists " + db + " with (force)").update();
		}
	}

}
