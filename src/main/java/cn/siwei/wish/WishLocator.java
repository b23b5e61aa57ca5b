package cn.siwei.wish;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.Bindings;
import cn.siwei.platform.RecordLocator;

/** Where wishes lie in the region tree, for {@link Bindings}. */
@Component
class WishLocator implements RecordLocator {

	private final JdbcClient jdbc;

	WishLocator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return Bindings.WISH;
	}

	@Override
	public Optional<String> regionPathOf(long id) {
		return this.jdbc.sql("select region_path from wish where id = ?").param(id).query(String.class).optional();
	}

	@Override
	public boolean pointable() {
		return true;
	}

	@Override
	public Optional<Pointer> pointer(long id) {
		return this.jdbc.sql("select region_path, description from wish where id = ?")
			.param(id)
			.query((rs, n) -> new Pointer(kind(), id, rs.getString(1),
					"#" + id + " " + RecordLocator.shorten(rs.getString(2)), "/wishes/" + id))
			.optional();
	}

}
