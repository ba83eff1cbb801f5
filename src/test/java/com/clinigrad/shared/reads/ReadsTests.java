package com.clinigrad.shared.reads;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.ResultSetExtractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Reads sent together in one round trip give each read the result it gives alone: named
 * parameters (a list expanded to placeholders, an array, a date, text) keep their places
 * across the statements, a read with nothing to look up keeps its value.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReadsTests {

	@Autowired
	Reads reads;

	private static final ResultSetExtractor<List<String>> TEXTS = (rs) -> {
		List<String> texts = new ArrayList<>();
		while (rs.next()) {
			texts.add(rs.getString(1));
		}
		return texts;
	};

	private static Read<List<String>> listed(List<Integer> wanted) {
		return Read.of("select cast(x as text) from generate_series(1, 9) x where x in (:wanted) order by x",
				Map.of("wanted", wanted), TEXTS);
	}

	private static Read<List<String>> summed(Integer[] numbers, String label) {
		return Read.of("select :label || ':' || sum(n) from unnest(:numbers) n",
				Map.of("numbers", numbers, "label", label), TEXTS);
	}

	private static Read<List<String>> dated(LocalDate day) {
		return Read.of("select cast(cast(:day as date) + 1 as text)", Map.of("day", day), TEXTS);
	}

	@Test
	void aBatchGivesEachReadWhatItGivesAlone() {
		Reads.Batch batch = this.reads.batch();
		Supplier<List<String>> first = batch.add(listed(List.of(2, 7, 5)));
		Supplier<List<String>> nothing = batch.add(Read.nothing(List.of("none")));
		Supplier<List<String>> second = batch.add(summed(new Integer[] { 4, 5, 6 }, "sum"));
		Supplier<List<String>> third = batch.add(dated(LocalDate.of(2026, 2, 28)));
		Supplier<List<String>> fourth = batch.add(listed(List.of(9)));
		batch.run();

		assertThat(first.get()).containsExactly("2", "5", "7").isEqualTo(this.reads.one(listed(List.of(2, 7, 5))));
		assertThat(nothing.get()).containsExactly("none");
		assertThat(second.get()).containsExactly("sum:15");
		assertThat(third.get()).containsExactly("2026-03-01");
		assertThat(fourth.get()).containsExactly("9");
	}

	@Test
	void aBatchOfOneReadAndAnEmptyBatchRun() {
		Reads.Batch one = this.reads.batch();
		Supplier<List<String>> only = one.add(dated(LocalDate.of(2024, 2, 28)));
		one.run();
		assertThat(only.get()).containsExactly("2024-02-29");

		Reads.Batch empty = this.reads.batch();
		Supplier<List<String>> nothing = empty.add(Read.nothing(List.of()));
		empty.run();
		assertThat(nothing.get()).isEmpty();
	}

	@Test
	void aBatchWithMoreValuesThanTheDriverTakesAtOnceStillGivesEachReadItsResult() {
		List<Integer> many = java.util.stream.IntStream.rangeClosed(1, 40_000).boxed().toList();
		Read<List<String>> counted = Read.of(
				"select cast(count(*) as text) from generate_series(1, 50000) x where x in (:many)",
				Map.of("many", many), TEXTS);
		Reads.Batch batch = this.reads.batch();
		Supplier<List<String>> first = batch.add(counted);
		Supplier<List<String>> second = batch.add(counted);
		batch.run();
		assertThat(first.get()).containsExactly("40000");
		assertThat(second.get()).containsExactly("40000");
	}

	@Test
	void aResultIsThereOnlyAfterTheBatchRanAndABatchRunsOnce() {
		Reads.Batch batch = this.reads.batch();
		Supplier<List<String>> read = batch.add(listed(List.of(1)));
		assertThatIllegalStateException().isThrownBy(read::get);
		batch.run();
		assertThat(read.get()).containsExactly("1");
		assertThatIllegalStateException().isThrownBy(batch::run);
		assertThatIllegalStateException().isThrownBy(() -> batch.add(listed(List.of(3))));
	}

}
