package com.clinigrad.exams;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing questions of a bank. A question a sitting has already shown (its window has
 * opened) is never changed in place: saving makes a new version of it (for a case, with
 * its items), the old one stays for the papers that used it, the bank shows the newest
 * and the history lists them all. A retired question (with its reason) is not drawn any
 * more. Only the offices that may edit the bank's scope edit its questions.
 */
@Service
public class QuestionVersions {

	private static final List<String> IMAGE_TYPES = List.of("image/png", "image/jpeg", "image/gif");

	private final JdbcClient jdbc;

	private final ExamAccess access;

	private final QuestionBanks banks;

	private final AccountDirectory accounts;

	QuestionVersions(JdbcClient jdbc, ExamAccess access, QuestionBanks banks, AccountDirectory accounts) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.access = access;
		this.banks = banks;
	}

	/**
	 * A question (any version) with its case, its lock and its history, for those who may
	 * read the bank.
	 */
	@Transactional(readOnly = true)
	public BankView.Editing editing(long bankId, long questionId) {
		BankView.Row bank = this.banks.row(bankId);
		this.access.requireReaderOf(bank.hospitalCode());
		Stored stored = stored(bankId, questionId);
		long top = stored.top();
		BankView.Question question = this.banks.questions("q.id = :q", Map.of("q", questionId))
			.stream()
			.findFirst()
			.orElseGet(() -> itemOf(top, questionId));
		BankView.Question caseQuestion = (stored.parentId() != null)
				? this.banks.questions("q.id = :q", Map.of("q", stored.parentId())).get(0) : null;
		Stored topRow = (stored.parentId() != null) ? stored(bankId, top) : stored;
		return new BankView.Editing(bank, question, stored.version(), locked(top), caseQuestion,
				topRow.supersededBy() == null, retirement(top), history(top));
	}

	private BankView.Question itemOf(long caseId, long itemId) {
		return this.banks.questions("q.id = :q", Map.of("q", caseId))
			.get(0)
			.items()
			.stream()
			.filter((i) -> i.id() == itemId)
			.findFirst()
			.orElseThrow(() -> new ExamNotFoundException("question " + itemId));
	}

	/**
	 * Saves a question: in place while no opened sitting has shown it, as a new version
	 * otherwise. The kind stays what it was.
	 * @return the id of the question as it is now kept (the new version's, when one was
	 * made; for an item, the item's)
	 */
	@Transactional
	public long save(long bankId, long questionId, long expectedVersion, QuestionCommand given) {
		CurrentUser user = this.access.requireStaffOf(this.banks.row(bankId).hospitalCode());
		Stored stored = stored(bankId, questionId);
		Stored top = (stored.parentId() != null) ? stored(bankId, stored.parentId()) : stored;
		if (top.supersededBy() != null) {
			throw new BusinessRuleException("exams.error.superseded");
		}
		if (top.retired()) {
			throw new BusinessRuleException("exams.error.retired");
		}
		QuestionCommand command = new QuestionCommand(stored.kind(), given.stem(), given.difficulty(),
				given.competency(), given.points(), given.options(), given.correct());
		QuestionBanks.check(command, stored.parentId() != null).ifPresent((key) -> {
			throw new BusinessRuleException(key);
		});
		bump(questionId, expectedVersion);
		if (!locked(top.id())) {
			this.jdbc.sql("""
					update exam_question set stem = :s, difficulty = :d, competency = :c, points = :p,
					       changed_by = :u, changed_at = now()
					where id = :id
					""")
				.param("s", command.stem().strip())
				.param("d", command.difficulty())
				.param("c", command.competency().name())
				.param("p", command.points())
				.param("u", user.username())
				.param("id", questionId)
				.update();
			this.jdbc.sql("delete from exam_option where question_id = :q").param("q", questionId).update();
			insertOptions(questionId, command);
			return questionId;
		}
		Map<Long, Long> copies = newVersion(bankId, top.id(), questionId, command, user);
		return copies.get(questionId);
	}

	/**
	 * Attaches an image to a question (PNG, JPEG or GIF, at most 2 MB), replacing one
	 * there; a question a sitting has shown gets a new version with the image.
	 * @return the id of the question that holds the image now
	 */
	@Transactional
	public long attachImage(long bankId, long questionId, String contentType, byte[] content) {
		CurrentUser user = this.access.requireStaffOf(this.banks.row(bankId).hospitalCode());
		Stored stored = stored(bankId, questionId);
		if (content == null || content.length == 0 || content.length > QuestionBanks.MAX_IMAGE_BYTES
				|| contentType == null || !IMAGE_TYPES.contains(contentType)) {
			throw new BusinessRuleException("exams.error.image");
		}
		Stored top = (stored.parentId() != null) ? stored(bankId, stored.parentId()) : stored;
		if (top.supersededBy() != null) {
			throw new BusinessRuleException("exams.error.superseded");
		}
		long target = questionId;
		if (locked(top.id())) {
			target = newVersion(bankId, top.id(), null, null, user).get(questionId);
		}
		this.jdbc.sql("""
				update exam_question set image = :i, image_type = :t, version = version + 1,
				       changed_by = :u, changed_at = now()
				where id = :id
				""")
			.param("i", content)
			.param("t", contentType)
			.param("u", user.username())
			.param("id", target)
			.update();
		return target;
	}

	/**
	 * Retires a question of its own (with its items): it stays on the papers that drew it
	 * and in the history, and is not drawn any more.
	 */
	@Transactional
	public void retire(long bankId, long questionId, long expectedVersion, String reason) {
		CurrentUser user = this.access.requireStaffOf(this.banks.row(bankId).hospitalCode());
		Stored stored = stored(bankId, questionId);
		if (stored.parentId() != null) {
			throw new BusinessRuleException("exams.error.retireItem");
		}
		if (stored.supersededBy() != null) {
			throw new BusinessRuleException("exams.error.superseded");
		}
		if (stored.retired()) {
			throw new BusinessRuleException("exams.error.retired");
		}
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new BusinessRuleException("exams.error.retireReason");
		}
		bump(questionId, expectedVersion);
		this.jdbc.sql("""
				update exam_question set retired_at = now(), retired_by = :u, retired_reason = :r where id = :id
				""").param("u", user.username()).param("r", reason.strip()).param("id", questionId).update();
	}

	/**
	 * Whether a sitting whose window has opened drew the question.
	 */
	boolean locked(long topQuestionId) {
		return this.jdbc.sql("""
				select exists (select 1 from exam_paper_question p join exam_sitting s on s.id = p.sitting_id
				               where p.question_id = :q and s.opens_at <= now())
				""").param("q", topQuestionId).query(Boolean.class).single();
	}

	private void bump(long questionId, long expectedVersion) {
		int updated = this.jdbc.sql("update exam_question set version = version + 1 where id = :id and version = :v")
			.param("id", questionId)
			.param("v", expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Question changed meanwhile");
		}
	}

	/**
	 * Copies a question (and its items) as the next version of its lineage, one of them
	 * replaced by what was typed; the old one is marked as superseded.
	 * @return old id to new id, for the question and each item
	 */
	private Map<Long, Long> newVersion(long bankId, long topId, Long replacedId, QuestionCommand replacement,
			CurrentUser user) {
		Map<Long, Long> copies = new LinkedHashMap<>();
		long newTop = copy(bankId, topId, null, replacedId, replacement, user);
		copies.put(topId, newTop);
		List<Long> items = this.jdbc.sql("select id from exam_question where parent_id = :p order by position, id")
			.param("p", topId)
			.query(Long.class)
			.list();
		for (long item : items) {
			copies.put(item, copy(bankId, item, newTop, replacedId, replacement, user));
		}
		this.jdbc.sql("update exam_question set superseded_by = :n where id = :id")
			.param("n", newTop)
			.param("id", topId)
			.update();
		return copies;
	}

	private long copy(long bankId, long oldId, Long parentId, Long replacedId, QuestionCommand replacement,
			CurrentUser user) {
		QuestionCommand command = (replacedId != null && replacedId == oldId) ? replacement : commandOf(oldId);
		long id = this.banks.insert(bankId, parentId, command);
		this.jdbc.sql("""
				update exam_question n set lineage_id = coalesce(o.lineage_id, o.id), version_no = o.version_no + 1,
				       position = o.position, image = o.image, image_type = o.image_type,
				       changed_by = :u, changed_at = now()
				from exam_question o where o.id = :old and n.id = :id
				""").param("u", user.username()).param("old", oldId).param("id", id).update();
		return id;
	}

	private QuestionCommand commandOf(long questionId) {
		List<String> options = new ArrayList<>();
		List<Integer> correct = new ArrayList<>();
		this.jdbc.sql("select text, correct from exam_option where question_id = :q order by position, id")
			.param("q", questionId)
			.query((rs) -> {
				if (rs.getBoolean("correct")) {
					correct.add(options.size());
				}
				options.add(rs.getString("text"));
			});
		return this.jdbc.sql("select kind, stem, difficulty, competency, points from exam_question where id = :q")
			.param("q", questionId)
			.query((rs, n) -> new QuestionCommand(QuestionKind.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3),
					TestedCompetency.valueOf(rs.getString(4)), rs.getBigDecimal(5), options, correct))
			.single();
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

	private BankView.Retirement retirement(long topId) {
		return this.jdbc
			.sql("""
					select retired_at, retired_by, retired_reason from exam_question where id = :q and retired_at is not null
					""")
			.param("q", topId)
			.query((rs, n) -> new BankView.Retirement(local(rs.getTimestamp(1)), rs.getString(2), null,
					rs.getString(3)))
			.optional()
			.map((r) -> new BankView.Retirement(r.at(), r.by(),
					(r.by() != null) ? name(r.by(), this.accounts.displayNames(List.of(r.by()))) : null, r.reason()))
			.orElse(null);
	}

	private List<BankView.Version> history(long topId) {
		List<BankView.Version> versions = this.jdbc
			.sql("""
					select q.id, q.version_no, q.changed_by, q.changed_at, q.superseded_by is null as latest,
					       q.retired_at is not null as retired,
					       (select count(distinct p.sitting_id) from exam_paper_question p where p.question_id = q.id) as sittings
					from exam_question q
					where q.parent_id is null
					  and coalesce(q.lineage_id, q.id) = (select coalesce(lineage_id, id) from exam_question where id = :q)
					order by q.version_no desc, q.id desc
					""")
			.param("q", topId)
			.query((rs, n) -> {
				Timestamp at = rs.getTimestamp("changed_at");
				return new BankView.Version(rs.getLong("id"), rs.getInt("version_no"), rs.getString("changed_by"), null,
						local(at), rs.getBoolean("latest"), rs.getBoolean("retired"), rs.getInt("sittings"));
			})
			.list();
		Map<String, String> names = this.accounts.displayNames(
				versions.stream().map(BankView.Version::changedBy).filter(java.util.Objects::nonNull).toList());
		return versions.stream()
			.map((v) -> new BankView.Version(v.id(), v.versionNo(), v.changedBy(), name(v.changedBy(), names),
					v.changedAt(), v.latest(), v.retired(), v.sittings()))
			.toList();
	}

	/**
	 * @return the account's name, its login when the account is gone
	 */
	static String name(String login, Map<String, String> names) {
		return (login != null) ? names.getOrDefault(login, login) : null;
	}

	private static LocalDateTime local(Timestamp at) {
		return (at != null) ? LocalDateTime.ofInstant(at.toInstant(), SchoolTime.ZONE) : null;
	}

	private Stored stored(long bankId, long questionId) {
		return this.jdbc.sql("""
				select id, parent_id, kind, version, superseded_by, retired_at is not null
				from exam_question where id = :id and bank_id = :b
				""")
			.param("id", questionId)
			.param("b", bankId)
			.query((rs, n) -> new Stored(rs.getLong(1), rs.getObject(2, Long.class),
					QuestionKind.valueOf(rs.getString(3)), rs.getLong(4), rs.getObject(5, Long.class),
					rs.getBoolean(6)))
			.optional()
			.orElseThrow(() -> new ExamNotFoundException("question " + questionId));
	}

	private record Stored(long id, Long parentId, QuestionKind kind, long version, Long supersededBy, boolean retired) {

		long top() {
			return (this.parentId != null) ? this.parentId : this.id;
		}

	}

}
