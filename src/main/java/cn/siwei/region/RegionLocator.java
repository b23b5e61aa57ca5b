package cn.siwei.region;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.Bindings;
import cn.siwei.platform.RecordLocator;

/** Where region nodes lie in the region tree, for {@link Bindings}. */
@Component
class RegionLocator implements RecordLocator {

	private final JdbcClient jdbc;

	RegionLocator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return Bindings.REGION;
	}

	@Override
	public Optional<String> regionPathOf(long id) {
		return this.jdbc.sql("select path from region where id = ?").param(id).query(String.class).optional();
	}

}
