package cn.siwei.people;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.Bindings;
import cn.siwei.platform.RecordLocator;

/** Where people lie in the region tree, for {@link Bindings}. */
@Component
class PersonLocator implements RecordLocator {

	private final JdbcClient jdbc;

	PersonLocator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return Bindings.PERSON;
	}

	@Override
	public Optional<String> regionPathOf(long id) {
		return this.jdbc.sql("select region_path from person where id = ?").param(id).query(String.class).optional();
	}

}
