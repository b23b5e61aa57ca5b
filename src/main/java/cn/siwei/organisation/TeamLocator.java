package cn.siwei.organisation;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.Bindings;
import cn.siwei.platform.RecordLocator;

/** Where teams lie in the region tree, for {@link Bindings}. */
@Component
class TeamLocator implements RecordLocator {

	private final JdbcClient jdbc;

	TeamLocator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return Bindings.TEAM;
	}

	@Override
	public Optional<String> regionPathOf(long id) {
		return this.jdbc.sql("select region_path from team where id = ?").param(id).query(String.class).optional();
	}

}
