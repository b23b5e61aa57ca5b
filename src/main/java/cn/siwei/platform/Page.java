package cn.siwei.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param items the rows of this page
 * @param page zero-based page number
 * @param size rows per page
 * @param total rows in the whole list, or as many as were counted when {@code capped}
 * @param capped whether counting stopped at {@code total}: there are at least that many ("more than 1,000")
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean capped) {

	public Page(List<T> items, int page, int size, long total) {
		this(items, page, size, total, false);
	}

	/** A page whose total was counted no further than {@code cap}. */
	public static <T> Page<T> counted(List<T> items, int page, int size, long total, long cap) {
		return new Page<>(items, page, size, Math.min(total, cap), total >= cap);
	}

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.total, this.capped);
	}

	/** The largest offset asked of the database: beyond it a list has nothing, and an int still holds it. */
	static final long MAX_OFFSET = 1_000_000_000L;

	/** Offset of the first row for SQL; a negative page counts as the first, a page past any list as empty. */
	public static long offset(int page, int size) {
		return Math.min((long) Math.max(0, page) * Math.max(0, size), MAX_OFFSET);
	}

	/** Clamps a requested page size to something a page or API may ask for. */
	public static int size(Integer requested) {
		if (requested == null || requested <= 0) {
			return 20;
		}
		return Math.min(requested, 200);
	}

}
