package cn.siwei.request;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.Bindings;
import cn.siwei.platform.RecordLocator;

/** Where requests lie in the region tree, for {@link Bindings}. */
@Component
class RequestLocator implements RecordLocator {

	private final JdbcClient jdbc;

	RequestLocator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return Bindings.REQUEST;
	}

	@Override
	public Optional<String> regionPathOf(long id) {
		return this.jdbc.sql("select region_path from request where id = ?").param(id).query(String.class).optional();
	}

	@Override
	public boolean pointable() {
		return true;
	}

	@Override
	public Optional<Pointer> pointer(long id) {
		return this.jdbc.sql("select region_path, description from request where id = ?")
			.param(id)
			.query((rs, n) -> new Pointer(kind(), id, rs.getString(1),
					"#" + id + " " + RecordLocator.shorten(rs.getString(2)), "/requests/" + id))
			.optional();
	}

}
