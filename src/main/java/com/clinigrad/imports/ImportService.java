package com.clinigrad.imports;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the exchange-format datasets (hospitals, departments, supervisors, students…)
 * all or nothing: a file is read, every row checked (cells, duplicate keys within the
 * file, references looked up once per kind) and, only when no row has a problem, every
 * row applied in one transaction through the owning modules' upserts, with the references
 * the check found. Importing the same file twice changes nothing the second time.
 * <p>
 * Imports of one dataset run one at a time, on every node (an advisory lock), so that the
 * same file sent twice at once succeeds twice. A report lists the first
 * {@link ImportReport#MAX_ERRORS} problems and how many there are in all; it never
 * carries an exception's or the database's text.
 * <p>
 * Graduate-school staff import files ({@link #importFile}, {@link #preview}); trusted
 * code in the application, such as the demo data, imports rows without a caller
 * ({@link #importRows}).
 */
@Service
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final Map<String, DatasetImporter<?, ?>> importers;

	private final CurrentUsers currentUsers;

	private final MessageSource messages;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	/**
	 * Rows written between flushes; keeps the persistence context (and each auto-flush)
	 * small.
	 */
	static final int FLUSH_EVERY = 200;

	/**
	 * The first key of the advisory locks that serialise the imports of a dataset (the
	 * second is the dataset's name hashed); other modules use other numbers.
	 */
	static final int LOCK_NAMESPACE = 4301;

	/** Unique violation, serialization failure, deadlock: a write that met another. */
	private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01");

	/**
	 * Imports that change at least this many rows refresh the planner statistics of the
	 * tables they filled afterwards.
	 */
	static final int ANALYZE_AFTER = 1000;

	@PersistenceContext
	private EntityManager entityManager;

	/** Runs the statistics refreshes after large imports, one at a time. */
	private final ExecutorService analyzer = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "import-analyze");
		thread.setDaemon(true);
		return thread;
	});

	/** The table lists whose analysis is waiting to start. */
	private final Set<List<String>> analysesWaiting = ConcurrentHashMap.newKeySet();

	private final JdbcClient jdbc;

	ImportService(List<DatasetImporter<?, ?>> importers, CurrentUsers currentUsers, MessageSource messages,
			PlatformTransactionManager transactions, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.importers = importers.stream()
			.collect(Collectors.toMap(DatasetImporter::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.currentUsers = currentUsers;
		this.messages = messages;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/**
	 * @return the datasets in the order they are best loaded (hospitals before their
	 * departments, supervisors before their students)
	 */
	public List<ImportDataset> datasets() {
		return this.importers.values().stream().map(DatasetImporter::describe).toList();
	}

	/**
	 * @throws UnknownDatasetException when the exchange format has no such dataset
	 */
	public ImportDataset dataset(String name) {
		return importer(name).describe();
	}

	/**
	 * The dataset a graduate-school caller means to import into, before the file is read
	 * (to refuse a body in a format no import reads).
	 * @throws AccessDeniedException for any other caller
	 * @throws UnknownDatasetException when the exchange format has no such dataset
	 */
	public ImportDataset datasetToImport(String name) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		return dataset(name);
	}

	/**
	 * Imports a file as graduate-school staff, messages in the current request's
	 * language.
	 * @see #importFile(String, byte[], String, Locale)
	 */
	public ImportReport importFile(String dataset, byte[] content, String contentTypeOrFilename) {
		return importFile(dataset, content, contentTypeOrFilename, LocaleContextHolder.getLocale());
	}

	/**
	 * Imports a CSV or XLSX file all or nothing; graduate-school staff only.
	 * @param dataset the dataset's name, e.g. {@code students}
	 * @param content the file
	 * @param contentTypeOrFilename the content type or file name (a workbook is also
	 * recognised by its bytes)
	 * @param locale the language of the messages (Chinese unless English)
	 * @return every row applied, or the problems and nothing written
	 * @throws AccessDeniedException for any other caller
	 * @throws UnknownDatasetException for an unknown dataset
	 */
	public ImportReport importFile(String dataset, byte[] content, String contentTypeOrFilename, Locale locale) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		DatasetImporter<?, ?> importer = importer(dataset);
		return run(importer, () -> ImportFileReader.read(content, contentTypeOrFilename), true, locale).report();
	}

	/**
	 * Checks a file without writing anything; graduate-school staff only.
	 * @return the problems importing it would meet; {@code applied} is always 0
	 */
	public ImportReport preview(String dataset, byte[] content, String contentTypeOrFilename) {
		return preview(dataset, content, contentTypeOrFilename, LocaleContextHolder.getLocale(), 0).report();
	}

	/**
	 * Checks a file without writing anything, with its first rows for the preview page;
	 * graduate-school staff only.
	 * @param sampleSize how many data rows to return
	 */
	public ImportPreview preview(String dataset, byte[] content, String contentTypeOrFilename, Locale locale,
			int sampleSize) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		DatasetImporter<?, ?> importer = importer(dataset);
		Outcome outcome = run(importer, () -> ImportFileReader.read(content, contentTypeOrFilename), false, locale);
		List<String> columns = new ArrayList<>();
		if (outcome.table() != null) {
			Set<String> header = new HashSet<>(outcome.table().header());
			importer.columns().stream().map(ImportColumn::name).filter(header::contains).forEach(columns::add);
		}
		List<ImportTable.Row> rows = (outcome.table() != null) ? dataRows(outcome.table()) : List.of();
		List<ImportTable.Row> sample = rows.subList(0, Math.min(sampleSize, rows.size()));
		return new ImportPreview(outcome.report(), columns,
				sample.stream().map((row) -> columns.stream().map(row::value).toList()).toList(),
				sample.stream().map(ImportTable.Row::number).toList(), rows.size());
	}

	/**
	 * Imports rows given in code, for trusted callers inside the application (the demo
	 * data, other modules' loaders): no caller check, the same checks and the same single
	 * transaction as a file. Each map holds one row by column name; row {@code i} of the
	 * list is reported as spreadsheet row {@code i + 2}. Messages are in Chinese.
	 * @throws UnknownDatasetException for an unknown dataset
	 */
	public ImportReport importRows(String dataset, List<Map<String, String>> rows) {
		DatasetImporter<?, ?> importer = importer(dataset);
		if (rows.isEmpty()) {
			return new ImportReport(importer.name(), 0, List.of());
		}
		return run(importer, () -> table(rows), true, CHINESE).report();
	}

	/**
	 * @return a CSV template (UTF-8 with a BOM so that Excel reads it): the header and
	 * one example row
	 */
	public byte[] templateCsv(String dataset) {
		return ImportTemplates.csv(importer(dataset).describe());
	}

	/**
	 * @return an XLSX template: the header and one example row, as text cells
	 */
	public byte[] templateXlsx(String dataset) {
		return ImportTemplates.xlsx(importer(dataset).describe());
	}

	private DatasetImporter<?, ?> importer(String name) {
		DatasetImporter<?, ?> importer = this.importers.get(name);
		if (importer == null) {
			throw new UnknownDatasetException(name);
		}
		return importer;
	}

	private <C, R> Outcome run(DatasetImporter<C, R> importer, TableSource source, boolean apply, Locale locale) {
		ImportProblems problems = new ImportProblems(importer.columns().stream().map(ImportColumn::name).toList(),
				ImportReport.MAX_ERRORS);
		ImportTable table;
		long started = System.nanoTime();
		try {
			table = source.read();
		}
		catch (ImportFileException ex) {
			problems.add(ex.row(), "", "", ex.messageKey(), ex.arguments());
			return new Outcome(null, report(importer, 0, problems, locale));
		}
		TransactionTemplate transaction = apply ? this.writing : this.reading;
		Applied applied;
		long read = System.nanoTime();
		try {
			applied = transaction.execute((status) -> validateAndApply(importer, table, problems, apply, status));
		}
		catch (RuntimeException ex) {
			log.warn("Import of {} failed on commit", importer.name(), ex);
			writeFailed(problems, 0, ex);
			applied = Applied.NOTHING;
		}
		long committed = System.nanoTime();
		if (apply && applied.changed() >= ANALYZE_AFTER) {
			// large loads otherwise leave the planner guessing until autovacuum comes by
			analyzeLater(importer.name(), importer.tables());
		}
		log.info("Import of {}: read {} ms, checked and written {} ms", importer.name(), (read - started) / 1_000_000,
				(committed - read) / 1_000_000);
		return new Outcome(table, report(importer, applied.rows(), problems, locale));
	}

	/**
	 * Moves the rows an import added to the pending lists of GIN indexes into the indexes
	 * and refreshes the planner statistics of the tables an import filled (of the whole
	 * database when the dataset names none) after the import has answered: the data is
	 * committed and visible already, and {@code ANALYZE} of a 20,000-row table with
	 * expression indexes takes a quarter of the import's time. One analysis at a time, on
	 * a thread of its own; a request for tables already waiting is dropped. A failure is
	 * only logged (autovacuum analyses later anyway).
	 */
	private void analyzeLater(String dataset, List<String> tables) {
		if (!this.analysesWaiting.add(tables)) {
			return;
		}
		this.analyzer.execute(() -> {
			this.analysesWaiting.remove(tables);
			long start = System.nanoTime();
			try {
				if (!tables.isEmpty()) {
					// the rows the import left in the pending lists of the tables' GIN
					// indexes (the student search) go into the indexes proper
					this.jdbc.sql("""
							select gin_clean_pending_list(i.indexrelid) from pg_index i
							join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
							where a.amname = 'gin' and i.indrelid::regclass::text = any(:tables)""")
						.param("tables", tables.toArray(String[]::new))
						.query(Long.class)
						.list();
				}
				this.jdbc.sql(tables.isEmpty() ? "analyze" : "analyze " + String.join(", ", tables)).update();
				log.info("Import of {}: index lists and analyze {} ms", dataset,
						(System.nanoTime() - start) / 1_000_000);
			}
			catch (RuntimeException ex) {
				log.warn("Analyze after the import of {} failed", dataset, ex);
			}
		});
	}

	@PreDestroy
	void stopAnalyzing() {
		this.analyzer.shutdownNow();
	}

	private <C, R> Applied validateAndApply(DatasetImporter<C, R> importer, ImportTable table, ImportProblems problems,
			boolean apply, TransactionStatus status) {
		if (apply) {
			lockDataset(importer.name());
		}
		long start = System.nanoTime();
		Checked<C, R> checked = validate(importer, table, problems);
		log.debug("Import of {}: checked {} rows in {} ms", importer.name(), table.rows().size(),
				(System.nanoTime() - start) / 1_000_000);
		if (!problems.isEmpty() || !apply) {
			status.setRollbackOnly();
			return Applied.NOTHING;
		}
		List<C> commands = checked.commands();
		List<ImportTable.Row> rows = dataRows(table);
		if (importer.batched()) {
			try {
				long writing = System.nanoTime();
				int changed = importer.applyAll(commands, checked.references());
				log.info("Imported {} rows of {} ({} changed) in {} ms", commands.size(), importer.name(), changed,
						(System.nanoTime() - writing) / 1_000_000);
				return new Applied(commands.size(), changed);
			}
			catch (RuntimeException ex) {
				log.warn("Import of {} failed", importer.name(), ex);
				writeFailed(problems, 0, ex);
				status.setRollbackOnly();
				return Applied.NOTHING;
			}
		}
		int changed = 0;
		for (int i = 0; i < commands.size(); i++) {
			try {
				if (importer.apply(commands.get(i), checked.references())) {
					changed++;
				}
				if ((i + 1) % FLUSH_EVERY == 0) {
					this.entityManager.flush();
					this.entityManager.clear();
				}
			}
			catch (RuntimeException ex) {
				log.warn("Import of {} failed at row {}", importer.name(), rows.get(i).number(), ex);
				writeFailed(problems, rows.get(i).number(), ex);
				status.setRollbackOnly();
				return Applied.NOTHING;
			}
		}
		log.info("Imported {} rows of {} ({} changed)", commands.size(), importer.name(), changed);
		return new Applied(commands.size(), changed);
	}

	/**
	 * Imports of one dataset run one after the other, on every node of the application:
	 * two at once would both find a key missing and both insert it. The lock is taken
	 * before anything is read, so the later import validates against what the earlier one
	 * committed (read committed), and is released with the transaction.
	 */
	private void lockDataset(String dataset) {
		this.jdbc.sql("select pg_advisory_xact_lock(:namespace, hashtext(:dataset))")
			.param("namespace", LOCK_NAMESPACE)
			.param("dataset", dataset)
			.query()
			.listOfRows();
	}

	private <C, R> Checked<C, R> validate(DatasetImporter<C, R> importer, ImportTable table, ImportProblems problems) {
		checkHeader(importer, table, problems);
		if (!problems.isEmpty()) {
			return new Checked<>(List.of(), null);
		}
		Map<String, ImportColumn> columns = importer.columns()
			.stream()
			.collect(Collectors.toMap(ImportColumn::name, Function.identity()));
		List<ImportTable.Row> rows = dataRows(table);
		List<ImportTable.Row> read = new ArrayList<>(rows.size());
		List<C> commands = new ArrayList<>(rows.size());
		for (ImportTable.Row row : rows) {
			RowReader reader = new RowReader(row, columns, problems);
			C command = importer.read(reader);
			read.add(row.refusing(reader.refusedColumns()));
			if (problems.isEmpty()) {
				commands.add(command);
			}
			else if (!commands.isEmpty()) {
				// nothing will be applied: keep only what finds the remaining problems
				commands.clear();
			}
		}
		checkDuplicateKeys(importer.key(), read, problems);
		R references = importer.checkReferences(read, problems);
		return new Checked<>(commands, references);
	}

	/**
	 * Each required column must be in the header, and no column of the dataset twice.
	 */
	private static void checkHeader(DatasetImporter<?, ?> importer, ImportTable table, ImportProblems problems) {
		Set<String> seen = new HashSet<>();
		Set<String> known = importer.columns().stream().map(ImportColumn::name).collect(Collectors.toSet());
		for (String name : table.header()) {
			if (known.contains(name) && !seen.add(name)) {
				problems.add(1, name, name, "imports.error.duplicateColumn", name);
			}
		}
		for (ImportColumn column : importer.columns()) {
			if (column.required() && !seen.contains(column.name())) {
				problems.add(1, column.name(), "", "imports.error.missingColumn", column.name());
			}
		}
	}

	/**
	 * A key given twice is an error of the later row, at the key's last column.
	 */
	private static void checkDuplicateKeys(List<String> key, List<ImportTable.Row> rows, ImportProblems problems) {
		Map<List<String>, Integer> firstRow = new HashMap<>();
		String column = key.get(key.size() - 1);
		for (ImportTable.Row row : rows) {
			List<String> values = key.stream().map(row::value).toList();
			if (values.contains("")) {
				continue;
			}
			Integer first = firstRow.putIfAbsent(values, row.number());
			if (first != null) {
				problems.add(row.number(), column, row.value(column), "imports.error.duplicate", first);
			}
		}
	}

	private static List<ImportTable.Row> dataRows(ImportTable table) {
		return table.rows().stream().filter((row) -> !row.blank()).toList();
	}

	/**
	 * The first {@link ImportReport#MAX_ERRORS} problems in row order, with how many
	 * there are in all.
	 */
	private ImportReport report(DatasetImporter<?, ?> importer, int applied, ImportProblems problems, Locale locale) {
		Locale language = (locale != null && "en".equals(locale.getLanguage())) ? Locale.ENGLISH : CHINESE;
		List<ImportError> errors = problems.list()
			.stream()
			.map((problem) -> new ImportError(problem.row(), problem.column(), problem.value(),
					this.messages.getMessage(problem.messageKey(), problem.arguments(), language)))
			.toList();
		return new ImportReport(importer.name(), errors.isEmpty() ? applied : 0, errors, problems.total());
	}

	private static ImportTable table(List<Map<String, String>> rows) {
		List<String> header = new ArrayList<>();
		for (Map<String, String> row : rows) {
			for (String name : row.keySet()) {
				if (!header.contains(name)) {
					header.add(name);
				}
			}
		}
		List<Map.Entry<Integer, List<String>>> data = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Map<String, String> row = rows.get(i);
			data.add(Map.entry(i + 2, header.stream().map((name) -> row.getOrDefault(name, "")).toList()));
		}
		return ImportTable.of(header, data);
	}

	/**
	 * Reports a failed write in words an office can act on: a domain rule's own message,
	 * a conflict with a change saved meanwhile, or a plain failure. Never the exception's
	 * text (SQL, class names), which only the log keeps.
	 */
	private static void writeFailed(ImportProblems problems, int row, RuntimeException ex) {
		if (ex instanceof BusinessRuleException rule) {
			problems.add(row, "", "", rule.getMessageKey(), rule.getArguments());
		}
		else if (conflict(ex)) {
			problems.add(row, "", "", "imports.error.writeConflict");
		}
		else {
			problems.add(row, "", "", "imports.error.writeFailed");
		}
	}

	/**
	 * @return whether the write met a change saved meanwhile (a key taken, a lock lost):
	 * importing again is the remedy
	 */
	private static boolean conflict(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConcurrencyFailureException || cause instanceof DuplicateKeyException) {
				return true;
			}
			if (cause instanceof SQLException sql && CONFLICT_STATES.contains(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	@FunctionalInterface
	private interface TableSource {

		ImportTable read();

	}

	/**
	 * The commands of a file's valid rows and what its references resolved to.
	 */
	private record Checked<C, R>(List<C> commands, R references) {
	}

	/**
	 * How many rows an import applied and how many of them changed anything.
	 */
	private record Applied(int rows, int changed) {

		static final Applied NOTHING = new Applied(0, 0);

	}

	/**
	 * A report and the table it came from ({@code null} when the file could not be read).
	 */
	private record Outcome(ImportTable table, ImportReport report) {
	}

}
