package com.clinigrad.exams;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Question banks (题库) per discipline, course or rotation department: the graduate school
 * keeps university-wide banks, a hospital's education office those of its hospital. Each
 * question has a kind, a difficulty (1–5), the competency it tests, its points and
 * optionally an image; a case question holds several items.
 */
@Service
public class QuestionBanks {

	/** Images larger than this are refused. */
	public static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;

	private final JdbcClient jdbc;

	private final ExamAccess access;

	QuestionBanks(JdbcClient jdbc, ExamAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/**
	 * The banks the caller may use: university-wide ones and those of the office's
	 * hospital.
	 */
	@Transactional(readOnly = true)
	public List<BankView.Row> list() {
		CurrentUser user = this.access.requireStaff();
		return this.jdbc
			.sql("""
					select b.id, b.title, b.scope_kind, b.scope_code, b.hospital_code,
					       (select count(*) from exam_question q where q.bank_id = b.id and q.parent_id is null and q.superseded_by is null) as questions
					from exam_bank b
					where :all or b.hospital_code is null or b.hospital_code = :hospital
					order by b.title, b.id
					""")
			.param("all", user.has(Role.GRAD_SCHOOL))
			.param("hospital", (user.hospitalCode() != null) ? user.hospitalCode() : "")
			.query((rs, n) -> new BankView.Row(rs.getLong("id"), rs.getString("title"),
					BankScope.valueOf(rs.getString("scope_kind")), rs.getString("scope_code"),
					rs.getString("hospital_code"), rs.getInt("questions")))
			.list();
	}

	/**
	 * Opens a bank; an office's bank belongs to its hospital, the graduate school's to
	 * the university.
	 * @return its id
	 */
	@Transactional
	public long create(String title, BankScope scope, String scopeCode) {
		CurrentUser user = this.access.requireStaff();
		if (title == null || title.isBlank() || scope == null || scopeCode == null || scopeCode.isBlank()) {
			throw new BusinessRuleException("exams.error.bankFields");
		}
		String hospital = user.has(Role.GRAD_SCHOOL) ? null : user.hospitalCode();
		return this.jdbc.sql("""
				insert into exam_bank (title, scope_kind, scope_code, hospital_code, created_by)
				values (:t, :k, :c, :h, :u) returning id
				""")
			.param("t", title.strip())
			.param("k", scope.name())
			.param("c", scopeCode.strip())
			.param("h", hospital)
			.param("u", user.username())
			.query(Long.class)
			.single();
	}

	/**
	 * A bank with its questions, options and case items (two queries).
	 */
	@Transactional(readOnly = true)
	public BankView.Detail bank(long bankId) {
		BankView.Row row = row(bankId);
		this.access.requireReaderOf(row.hospitalCode());
		long version = this.jdbc.sql("select version from exam_bank where id = :id")
			.param("id", bankId)
			.query(Long.class)
			.single();
		return new BankView.Detail(row, version,
				questions("q.bank_id = :b and q.superseded_by is null", Map.of("b", bankId)));
	}

	BankView.Row row(long bankId) {
		return this.jdbc
			.sql("""
					select b.id, b.title, b.scope_kind, b.scope_code, b.hospital_code,
					       (select count(*) from exam_question q where q.bank_id = b.id and q.parent_id is null and q.superseded_by is null) as questions
					from exam_bank b where b.id = :id
					""")
			.param("id", bankId)
			.query((rs, n) -> new BankView.Row(rs.getLong("id"), rs.getString("title"),
					BankScope.valueOf(rs.getString("scope_kind")), rs.getString("scope_code"),
					rs.getString("hospital_code"), rs.getInt("questions")))
			.optional()
			.orElseThrow(() -> new ExamNotFoundException("bank " + bankId));
	}

	/**
	 * Questions (top-level, with their items nested) matching a condition on {@code q}.
	 */
	List<BankView.Question> questions(String where, Map<String, ?> params) {
		Map<Long, List<BankView.Option>> options = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select o.id, o.question_id, o.text, o.correct from exam_option o
					join exam_question q on q.id = o.question_id
					where q.id in (select q.id from exam_question q where %1$s
					               union select i.id from exam_question i join exam_question q on q.id = i.parent_id where %1$s)
					order by o.question_id, o.position
					"""
				.formatted(where))
			.params(params)
			.query((rs) -> {
				options.computeIfAbsent(rs.getLong("question_id"), (k) -> new ArrayList<>())
					.add(new BankView.Option(rs.getLong("id"), rs.getString("text"), rs.getBoolean("correct")));
			});
		Map<Long, List<BankView.Question>> items = new LinkedHashMap<>();
		List<BankView.Question> top = new ArrayList<>();
		List<Object[]> rows = this.jdbc
			.sql("""
					select q.id, q.parent_id, q.kind, q.stem, q.difficulty, q.competency, q.points, q.image is not null as img,
					       q.version_no, q.retired_at is not null as retired
					from exam_question q where %1$s and q.parent_id is null
					union all
					select i.id, i.parent_id, i.kind, i.stem, i.difficulty, i.competency, i.points, i.image is not null,
					       i.version_no, i.retired_at is not null
					from exam_question i join exam_question q on q.id = i.parent_id where %1$s
					order by 2 nulls first, 1
					"""
				.formatted(where))
			.params(params)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3), rs.getString(4),
							rs.getInt(5), rs.getString(6), rs.getBigDecimal(7), rs.getBoolean(8), rs.getInt(9),
							rs.getBoolean(10) })
			.list();
		for (Object[] r : rows) {
			if (r[1] != null) {
				items.computeIfAbsent((Long) r[1], (k) -> new ArrayList<>()).add(question(r, options, Map.of()));
			}
		}
		for (Object[] r : rows) {
			if (r[1] == null) {
				top.add(question(r, options, items));
			}
		}
		return top;
	}

	private static BankView.Question question(Object[] r, Map<Long, List<BankView.Option>> options,
			Map<Long, List<BankView.Question>> items) {
		long id = (Long) r[0];
		return new BankView.Question(id, (Long) r[1], QuestionKind.valueOf((String) r[2]), (String) r[3],
				(Integer) r[4], TestedCompetency.valueOf((String) r[5]), (BigDecimal) r[6], (Boolean) r[7],
				options.getOrDefault(id, List.of()), items.getOrDefault(id, List.of()), (Integer) r[8], (Boolean) r[9]);
	}

	/**
	 * Adds a question to a bank, or an item to a case question of the bank.
	 * @param caseId the case question the item belongs to, or {@code null}
	 * @return the question's id
	 */
	@Transactional
	public long addQuestion(long bankId, long expectedVersion, Long caseId, QuestionCommand command) {
		BankView.Row bank = row(bankId);
		this.access.requireStaffOf(bank.hospitalCode());
		check(command, caseId != null).ifPresent((key) -> {
			throw new BusinessRuleException(key);
		});
		if (caseId != null) {
			String parentKind = this.jdbc
				.sql("select kind from exam_question where id = :id and bank_id = :b and parent_id is null")
				.param("id", caseId)
				.param("b", bankId)
				.query(String.class)
				.optional()
				.orElseThrow(() -> new ExamNotFoundException("case " + caseId));
			if (QuestionKind.valueOf(parentKind) != QuestionKind.CASE) {
				throw new BusinessRuleException("exams.error.notCase");
			}
		}
		touch(bankId, expectedVersion);
		return insert(bankId, caseId, command);
	}

	private void touch(long bankId, long expectedVersion) {
		int updated = this.jdbc.sql("update exam_bank set version = version + 1 where id = :id and version = :v")
			.param("id", bankId)
			.param("v", expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Bank changed meanwhile");
		}
	}

	long insert(long bankId, Long caseId, QuestionCommand command) {
		long id = this.jdbc.sql("""
				insert into exam_question (bank_id, parent_id, kind, stem, difficulty, competency, points)
				values (:b, :p, :k, :s, :d, :c, :pts) returning id
				""")
			.param("b", bankId)
			.param("p", caseId)
			.param("k", command.kind().name())
			.param("s", command.stem().strip())
			.param("d", command.difficulty())
			.param("c", command.competency().name())
			.param("pts", command.points())
			.query(Long.class)
			.single();
		this.jdbc.sql("update exam_question set lineage_id = id where id = :id").param("id", id).update();
		insertOptions(id, command);
		return id;
	}

	private void insertOptions(long id, QuestionCommand command) {
		for (int i = 0; i < command.options().size(); i++) {
			this.jdbc.sql("insert into exam_option (question_id, position, text, correct) values (:q, :p, :t, :c)")
				.param("q", id)
				.param("p", i)
				.param("t", command.options().get(i).strip())
				.param("c", command.correct().contains(i))
				.update();
		}
	}

	/**
	 * The one check of a question: a message key when it cannot be kept.
	 * @param asItem whether it is an item of a case question
	 */
	static Optional<String> check(QuestionCommand command, boolean asItem) {
		if (command.kind() == null) {
			return Optional.of("exams.error.kind");
		}
		if (asItem && !command.kind().caseItem()) {
			return Optional.of("exams.error.caseInCase");
		}
		if (command.stem() == null || command.stem().isBlank() || command.stem().length() > 4000) {
			return Optional.of("exams.error.stem");
		}
		if (command.difficulty() < 1 || command.difficulty() > 5) {
			return Optional.of("exams.error.difficulty");
		}
		if (command.competency() == null) {
			return Optional.of("exams.error.competency");
		}
		if (command.points() == null || command.points().signum() <= 0 || command.points().scale() > 1
				|| command.points().compareTo(BigDecimal.valueOf(1000)) >= 0) {
			return Optional.of("exams.error.points");
		}
		if (command.kind().hasOptions()) {
			if (command.options().size() < 2 || command.options().stream().anyMatch((o) -> o == null || o.isBlank())) {
				return Optional.of("exams.error.options");
			}
			if (command.correct().isEmpty()
					|| command.correct().stream().anyMatch((c) -> c < 0 || c >= command.options().size())) {
				return Optional.of("exams.error.correct");
			}
			if (command.kind() == QuestionKind.SINGLE && command.correct().size() != 1) {
				return Optional.of("exams.error.singleCorrect");
			}
		}
		else if (!command.options().isEmpty()) {
			return Optional.of("exams.error.noOptions");
		}
		return Optional.empty();
	}

	long bankOf(long questionId) {
		return this.jdbc.sql("select bank_id from exam_question where id = :id")
			.param("id", questionId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new ExamNotFoundException("question " + questionId));
	}

	/**
	 * Imports questions into a bank: every row applied, or none (with every row's
	 * problems).
	 * @return the problems; empty when the file was applied
	 */
	@Transactional
	public List<RowError> importQuestions(long bankId, long expectedVersion, byte[] workbook) {
		BankView.Row bank = row(bankId);
		this.access.requireStaffOf(bank.hospitalCode());
		QuestionSheet.Parsed parsed = QuestionSheet.read(workbook);
		if (!parsed.errors().isEmpty()) {
			return parsed.errors();
		}
		touch(bankId, expectedVersion);
		Map<String, Long> cases = new LinkedHashMap<>();
		for (QuestionSheet.Line line : parsed.lines()) {
			Long parent = (line.caseRef() == null) ? null : cases.get(line.caseRef());
			long id = insert(bankId, parent, line.command());
			if (line.command().kind() == QuestionKind.CASE) {
				cases.put(line.ref(), id);
			}
		}
		return List.of();
	}

	/**
	 * A question's image, for the staff who may read its bank.
	 */
	@Transactional(readOnly = true)
	public QuestionImage image(long questionId) {
		this.access.requireReaderOf(row(bankOf(questionId)).hospitalCode());
		return imageOf(questionId);
	}

	QuestionImage imageOf(long questionId) {
		return this.jdbc.sql("select image_type, image from exam_question where id = :q and image is not null")
			.param("q", questionId)
			.query((rs, n) -> new QuestionImage(rs.getString(1), rs.getBytes(2)))
			.optional()
			.orElseThrow(() -> new ExamNotFoundException("image " + questionId));
	}

}
