package cn.siwei.organisation;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.Bindings;
import cn.siwei.platform.RecordLocator;

/** Where organisations lie in the region tree, for {@link Bindings}. */
@Component
class OrganisationLocator implements RecordLocator {

	private final JdbcClient jdbc;

	OrganisationLocator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return Bindings.ORGANISATION;
	}

	@Override
	public Optional<String> regionPathOf(long id) {
		return this.jdbc.sql("select region_path from organisation where id = ?").param(id).query(String.class).optional();
	}

}
