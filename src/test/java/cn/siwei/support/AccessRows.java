package cn.siwei.support;

import java.util.List;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import cn.siwei.access.Permission;

/**
 * A capability's rows of the access matrix (see {@code AccessMatrixIT}): every endpoint it maps, with the
 * permission it needs and the demo record its path variables point at. Declared beside the capability's own
 * tests, in its test package, and found there by the matrix: a new capability lists its endpoints without
 * touching the matrix, and an endpoint nobody listed still fails it.
 */
public interface AccessRows {

	/** Lists the capability's endpoints and samples. */
	void list(Rows rows);

	/** Where the rows go. */
	interface Rows {

		/** An endpoint that answers 403 to a role without the permission ({@code need} null: anyone logged in). */
		void add(String method, String pattern, Permission need, String sample);

		/** An endpoint whose record answers 404 to a role without the permission (it may be their own). */
		void addHidden(String method, String pattern, Permission need, String sample);

		/** A sample record for path variables: one id, selected by SQL among Yong'an community's demo records. */
		void sample(String name, String sql);

		/** A statement run once the samples are found, with one sample's id as its parameter. */
		void prepare(String sql, String sample);

	}

	/** Every capability's rows, found under {@code cn.siwei}. */
	static List<AccessRows> all() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(AccessRows.class));
		return scanner.findCandidateComponents("cn.siwei")
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.sorted()
			.map(name -> {
				try {
					Class<?> type = ClassUtils.forName(name, AccessRows.class.getClassLoader());
					return (AccessRows) ReflectionUtils.accessibleConstructor(type).newInstance();
				}
				catch (ReflectiveOperationException | LinkageError ex) {
					throw new IllegalStateException("cannot make " + name, ex);
				}
			})
			.toList();
	}

}
