package com.clinigrad.competency;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 360° evaluation (多源反馈): the hospital office, the graduate school or the trainee's
 * mentor group opens a round for a trainee and invites raters by kind — attendings and
 * peers by their records, nurses and patients by a one-time link (only its hash is
 * stored), the trainee for a self rating. Who was asked and whether they answered is kept
 * apart from the answers, which carry only the rater kind. Results per kind are shown
 * once the round is closed and only from the kind's minimum number of answers on; they
 * reach the trainee's competency profile.
 */
@Service
public class MultisourceEvaluations implements ProfileEvidence {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final CompetencyAccess access;

	private final SupervisorDirectory supervisors;

	MultisourceEvaluations(JdbcClient jdbc, CompetencyAccess access, SupervisorDirectory supervisors) {
		this.jdbc = jdbc;
		this.access = access;
		this.supervisors = supervisors;
	}

	/**
	 * The rounds of a trainee the caller may see.
	 */
	@Transactional(readOnly = true)
	public MsfView.Trainee roundsOf(String studentNo) {
		StudentKey student = this.access.visibleOrMentored(studentNo);
		List<MsfView.Row> rows = this.jdbc.sql("""
				select id, title, opens_on, closes_on, status from msf_round where student_id = :s
				order by opens_on desc, id desc""")
			.param("s", student.id())
			.query((rs, n) -> new MsfView.Row(rs.getLong("id"), rs.getString("title"),
					rs.getDate("opens_on").toLocalDate(), rs.getDate("closes_on").toLocalDate(),
					MsfStatus.valueOf(rs.getString("status"))))
			.list();
		return new MsfView.Trainee(studentNo, name(student), mayManage(student), rows);
	}

	/**
	 * Opens a round for a trainee; the office of the trainee's hospital, the graduate
	 * school or a member of the trainee's mentor group.
	 * @return its id
	 */
	@Transactional
	public long open(String studentNo, String title, LocalDate opensOn, LocalDate closesOn) {
		StudentKey student = this.access.visibleOrMentored(studentNo);
		CurrentUser user = requireManager(student);
		return openRound(student, title, opensOn, closesOn, user.username());
	}

	/**
	 * Opens a round without a caller, for the demo loader.
	 */
	@Transactional
	public long openForLoader(String studentNo, String title, LocalDate opensOn, LocalDate closesOn, String by) {
		StudentKey student = this.access.students().keysByStudentNo(List.of(studentNo)).get(studentNo);
		return openRound(student, title, opensOn, closesOn, by);
	}

	private long openRound(StudentKey student, String title, LocalDate opensOn, LocalDate closesOn, String by) {
		if (title == null || title.isBlank() || opensOn == null || closesOn == null) {
			throw new BusinessRuleException("msf.error.roundIncomplete");
		}
		if (closesOn.isBefore(opensOn)) {
			throw new BusinessRuleException("msf.error.days");
		}
		return this.jdbc.sql("""
				insert into msf_round (student_id, title, opens_on, closes_on, created_by)
				values (:s, :t, :o, :c, :by) returning id""")
			.param("s", student.id())
			.param("t", title.trim())
			.param("o", opensOn)
			.param("c", closesOn)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	/**
	 * A round: results for everyone who may see the trainee, invitations only for those
	 * who run it.
	 */
	@Transactional(readOnly = true)
	public MsfView round(long roundId) {
		Head head = visibleHead(roundId);
		boolean manages = mayManage(head.student());
		List<MsfView.Invitation> invitations = manages ? invitations(roundId) : List.of();
		return new MsfView(head.id(), head.student().studentNo(), name(head.student()), head.title(), head.opensOn(),
				head.closesOn(), head.status(), head.version(), manages, invitations, results(head));
	}

	/**
	 * Invites raters with records: attendings by staff number, peers by student number,
	 * or the trainee for a self rating (numbers are not read).
	 */
	@Transactional
	public int inviteRecords(long roundId, long version, RaterKind kind, List<String> numbers) {
		Head head = requireOpenManaged(roundId, version);
		if (kind == null || kind.byLink()) {
			throw new BusinessRuleException("msf.error.linkKind");
		}
		int invited = inviteRecordsOf(head, kind, numbers);
		bump(roundId);
		return invited;
	}

	@Transactional
	public void inviteRecordsForLoader(long roundId, RaterKind kind, List<String> numbers) {
		inviteRecordsOf(head(roundId).orElseThrow(), kind, numbers);
	}

	private int inviteRecordsOf(Head head, RaterKind kind, List<String> numbers) {
		int invited = 0;
		if (kind == RaterKind.SELF) {
			return insertInvitation(head.id(), kind, null, head.student().id());
		}
		Set<String> distinct = new LinkedHashSet<>(numbers);
		if (distinct.isEmpty()) {
			throw new BusinessRuleException("msf.error.nobody");
		}
		if (kind == RaterKind.ATTENDING) {
			Map<String, SupervisorRef> found = this.supervisors.byStaffNos(distinct);
			for (String no : distinct) {
				if (!found.containsKey(no)) {
					throw new BusinessRuleException("cbt.error.unknownMentor", no);
				}
			}
			for (SupervisorRef ref : found.values()) {
				invited += insertInvitation(head.id(), kind, ref.id(), null);
			}
		}
		else {
			Map<String, StudentKey> found = this.access.students().keysByStudentNo(distinct);
			for (String no : distinct) {
				if (!found.containsKey(no)) {
					throw new BusinessRuleException("msf.error.unknownStudent", no);
				}
				if (no.equals(head.student().studentNo())) {
					throw new BusinessRuleException("msf.error.peerIsTrainee");
				}
			}
			for (StudentKey key : found.values()) {
				invited += insertInvitation(head.id(), kind, null, key.id());
			}
		}
		return invited;
	}

	private int insertInvitation(long roundId, RaterKind kind, Long supervisorId, Long studentId) {
		return this.jdbc.sql("""
				insert into msf_invitation (round_id, rater_kind, supervisor_id, student_id)
				values (:r, :k, :v, :s) on conflict do nothing""")
			.param("r", roundId)
			.param("k", kind.name())
			.param("v", supervisorId)
			.param("s", studentId)
			.update();
	}

	/**
	 * Invites a nurse or a patient by a one-time link.
	 * @param label how the office tells the links apart (a ward, a bed), never shown to
	 * the trainee
	 * @return the link's token, shown this once (only its hash is kept)
	 */
	@Transactional
	public String inviteByLink(long roundId, long version, RaterKind kind, String label) {
		Head head = requireOpenManaged(roundId, version);
		String token = inviteByLinkOf(head, kind, label);
		bump(roundId);
		return token;
	}

	@Transactional
	public String inviteByLinkForLoader(long roundId, RaterKind kind, String label) {
		return inviteByLinkOf(head(roundId).orElseThrow(), kind, label);
	}

	private String inviteByLinkOf(Head head, RaterKind kind, String label) {
		if (kind == null || !kind.byLink()) {
			throw new BusinessRuleException("msf.error.recordKind");
		}
		if (label == null || label.isBlank()) {
			throw new BusinessRuleException("msf.error.labelRequired");
		}
		String token = newToken();
		this.jdbc.sql("""
				insert into msf_invitation (round_id, rater_kind, label, token_hash) values (:r, :k, :l, :h)""")
			.param("r", head.id())
			.param("k", kind.name())
			.param("l", label.trim())
			.param("h", hash(token))
			.update();
		return token;
	}

	/**
	 * Replaces the token of a link not yet answered (the first was lost); the old link no
	 * longer works.
	 * @return the new token, shown this once
	 */
	@Transactional
	public String renewLink(long roundId, long version, long invitationId) {
		requireOpenManaged(roundId, version);
		String token = newToken();
		int changed = this.jdbc.sql("""
				update msf_invitation set token_hash = :h
				where id = :i and round_id = :r and label is not null and supervisor_id is null and student_id is null
				  and not answered""").param("h", hash(token)).param("i", invitationId).param("r", roundId).update();
		if (changed == 0) {
			throw new MsfNotFoundException("link " + invitationId);
		}
		bump(roundId);
		return token;
	}

	/**
	 * Closes the round: results are shown from now on, no answer is taken any more.
	 * @param confirmed whether the caller confirmed that consequence
	 */
	@Transactional
	public void close(long roundId, long version, boolean confirmed) {
		Head head = requireManaged(roundId);
		if (!confirmed) {
			throw new BusinessRuleException("msf.error.confirmClose");
		}
		if (head.version() != version) {
			throw new ObjectOptimisticLockingFailureException("msf_round", roundId);
		}
		closeRound(head);
	}

	@Transactional
	public void closeForLoader(long roundId) {
		closeRound(head(roundId).orElseThrow());
	}

	private void closeRound(Head head) {
		if (!head.status().canMoveTo(MsfStatus.CLOSED)) {
			throw new BusinessRuleException("msf.error.closed");
		}
		this.jdbc.sql("""
				update msf_round set status = :st, closed_on = :today, version = version + 1 where id = :id""")
			.param("st", MsfStatus.CLOSED.name())
			.param("today", SchoolTime.today())
			.param("id", head.id())
			.update();
	}

	/**
	 * The invitations waiting for the caller's answer (a supervisor or a student).
	 */
	@Transactional(readOnly = true)
	public List<MsfView.Pending> pendingForCaller() {
		Rater rater = callerRater();
		if (rater.none()) {
			return List.of();
		}
		List<MsfView.Pending> pending = new ArrayList<>();
		List<Object[]> rows = this.jdbc.sql("""
				select i.id, r.student_id, r.title, r.closes_on, i.rater_kind
				from msf_invitation i join msf_round r on r.id = i.round_id
				where not i.answered and r.status = :open and r.opens_on <= :today and r.closes_on >= :today
				  and (i.supervisor_id = :v or i.student_id = :s)
				order by r.closes_on, i.id""")
			.param("open", MsfStatus.OPEN.name())
			.param("today", SchoolTime.today())
			.param("v", rater.supervisorId() == null ? -1L : rater.supervisorId())
			.param("s", rater.studentId() == null ? -1L : rater.studentId())
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
							RaterKind.valueOf(rs.getString(5)) })
			.list();
		Map<Long, StudentCard> cards = this.access.students()
			.cardsByIds(rows.stream().map((r) -> (Long) r[1]).distinct().toList());
		for (Object[] r : rows) {
			pending.add(new MsfView.Pending((Long) r[0], cards.get((Long) r[1]).name(), (String) r[2], (LocalDate) r[3],
					(RaterKind) r[4]));
		}
		return pending;
	}

	/**
	 * The form of an invitation waiting for the caller's answer.
	 * @throws MsfNotFoundException unless it is the caller's and still waits
	 */
	@Transactional(readOnly = true)
	public MsfView.Form form(long invitationId) {
		Pending pending = callersPending(invitationId);
		return formOf(String.valueOf(invitationId), pending);
	}

	/**
	 * Records the caller's answer: the invitation is marked answered, the ratings go to
	 * an anonymous response carrying only the rater kind.
	 * @param ratings per question id: 1–5, or 0 for "cannot judge"
	 */
	@Transactional
	public void answer(long invitationId, Map<Long, Integer> ratings) {
		Pending pending = callersPending(invitationId);
		store(pending, ratings);
	}

	/**
	 * The form behind a one-time link.
	 * @throws MsfNotFoundException for an unknown or used link, or a closed round
	 */
	@Transactional(readOnly = true)
	public MsfView.Form formByToken(String token) {
		return formOf(token, byToken(token));
	}

	/**
	 * Records the answer behind a one-time link, which stops working.
	 */
	@Transactional
	public void answerByToken(String token, Map<Long, Integer> ratings) {
		Pending pending = byToken(token);
		store(pending, ratings);
		this.jdbc.sql("update msf_invitation set token_hash = null where id = :i")
			.param("i", pending.invitationId())
			.update();
	}

	/**
	 * Records an invited rater's answer collected without a caller (the demo loader),
	 * with the same checks as an answer through the app.
	 */
	@Transactional
	public void answerForLoader(long roundId, RaterKind kind, String number, Map<Long, Integer> ratings) {
		Long invitation = this.jdbc.sql("""
				select i.id from msf_invitation i left join supervisor v on v.id = i.supervisor_id
				left join student s on s.id = i.student_id
				where i.round_id = :r and i.rater_kind = :k and not i.answered
				  and (v.staff_no = :no or s.student_no = :no or i.label = :no)
				limit 1""").param("r", roundId).param("k", kind.name()).param("no", number).query(Long.class).single();
		store(pendingWhere("i.id = :i", Map.of("i", invitation)).orElseThrow(), ratings);
	}

	/**
	 * The questions a rater kind answers, in order.
	 */
	@Transactional(readOnly = true)
	public List<MsfView.Question> questions(RaterKind kind) {
		return this.jdbc.sql("select id, position, text, text_en from msf_item where rater_kind = :k order by position")
			.param("k", kind.name())
			.query((rs, n) -> new MsfView.Question(rs.getLong("id"), rs.getInt("position"), rs.getString("text"),
					rs.getString("text_en")))
			.list();
	}

	/**
	 * Closed rounds read as levels: per competency the mean rating of the kinds shown
	 * (enough answers) that feed the profile, on the day the round closed.
	 */
	@Override
	public List<Evidence> of(long studentId, List<SourceView> sources) {
		Map<String, SourceView> msf = new HashMap<>();
		sources.stream()
			.filter((s) -> s.kind() == EvidenceKind.MULTISOURCE)
			.forEach((s) -> msf.put(s.competencyCode(), s));
		Map<RaterKind, Integer> minimum = minima();
		Map<Long, LocalDate> closed = new HashMap<>();
		this.jdbc.sql("select id, closed_on from msf_round where student_id = :s and status = :closed")
			.param("s", studentId)
			.param("closed", MsfStatus.CLOSED.name())
			.query((rs) -> {
				closed.put(rs.getLong(1), rs.getDate(2).toLocalDate());
			});
		List<Evidence> evidence = new ArrayList<>();
		for (Map.Entry<Long, LocalDate> round : closed.entrySet()) {
			Map<RaterKind, Integer> answers = answerCounts(round.getKey());
			Map<RaterKind, Map<String, long[]>> sums = new EnumMap<>(RaterKind.class);
			this.jdbc.sql("""
					select r.rater_kind, i.competency_code, sum(s.rating) as total, count(*) as ratings
					from msf_response r join msf_score s on s.response_id = r.id join msf_item i on i.id = s.item_id
					where r.round_id = :r group by r.rater_kind, i.competency_code""")
				.param("r", round.getKey())
				.query((rs) -> {
					sums.computeIfAbsent(RaterKind.valueOf(rs.getString(1)), (k) -> new HashMap<>())
						.put(rs.getString(2), new long[] { rs.getLong(3), rs.getLong(4) });
				});
			MsfRules.profileMeans(sums, answers, minimum).forEach((code, mean) -> {
				SourceView source = msf.get(code);
				if (source != null) {
					evidence.add(new Evidence(round.getValue(), EvidenceKind.MULTISOURCE, code, mean,
							LevelReading.level(mean, source.scaleMin(), source.scaleMax())));
				}
			});
		}
		return evidence;
	}

	/**
	 * The invitations of open rounds not yet answered by raters with a record, whose
	 * round closes between the two days (for the reminder run).
	 */
	@Transactional(readOnly = true)
	public List<Unanswered> unanswered(LocalDate from, LocalDate to) {
		List<Object[]> rows = this.jdbc.sql("""
				select i.id, r.student_id, r.title, r.closes_on, v.staff_no, s.student_no
				from msf_invitation i join msf_round r on r.id = i.round_id
				left join supervisor v on v.id = i.supervisor_id left join student s on s.id = i.student_id
				where not i.answered and r.status = :open and r.closes_on between :from and :to
				  and (i.supervisor_id is not null or i.student_id is not null)""")
			.param("open", MsfStatus.OPEN.name())
			.param("from", from)
			.param("to", to)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
							rs.getString(5), rs.getString(6) })
			.list();
		Map<Long, StudentCard> cards = this.access.students()
			.cardsByIds(rows.stream().map((r) -> (Long) r[1]).distinct().toList());
		return rows.stream()
			.map((r) -> new Unanswered((Long) r[0], cards.get((Long) r[1]).name(), (String) r[2], (LocalDate) r[3],
					(String) r[4], (String) r[5]))
			.toList();
	}

	/**
	 * An unanswered invitation of a rater with a record.
	 */
	public record Unanswered(long invitationId, String traineeName, String title, LocalDate closesOn, String staffNo,
			String studentNo) {
	}

	private List<MsfView.KindResult> results(Head head) {
		Map<RaterKind, Integer> minimum = minima();
		Map<RaterKind, Integer> answers = head.status().showsResults() ? answerCounts(head.id()) : Map.of();
		Map<Long, BigDecimal> means = new HashMap<>();
		boolean anyShown = answers.entrySet()
			.stream()
			.anyMatch((e) -> MsfRules.shown(head.status(), e.getValue(), minimum.get(e.getKey())));
		if (anyShown) {
			this.jdbc.sql("""
					select s.item_id, avg(s.rating) from msf_score s join msf_response r on r.id = s.response_id
					where r.round_id = :r group by s.item_id""").param("r", head.id()).query((rs) -> {
				means.put(rs.getLong(1), rs.getBigDecimal(2).setScale(2, java.math.RoundingMode.HALF_UP));
			});
		}
		List<MsfView.KindResult> results = new ArrayList<>();
		for (RaterKind kind : RaterKind.values()) {
			int min = minimum.get(kind);
			int given = answers.getOrDefault(kind, 0);
			boolean shown = MsfRules.shown(head.status(), given, min);
			List<MsfView.ItemMean> items = new ArrayList<>();
			if (shown) {
				this.jdbc
					.sql("""
							select id, competency_code, text, text_en from msf_item where rater_kind = :k order by position""")
					.param("k", kind.name())
					.query((rs) -> {
						items.add(new MsfView.ItemMean(rs.getString("competency_code"), rs.getString("text"),
								rs.getString("text_en"), means.get(rs.getLong("id"))));
					});
			}
			results.add(new MsfView.KindResult(kind, min, shown, shown ? given : null, items));
		}
		return results;
	}

	private Map<RaterKind, Integer> answerCounts(long roundId) {
		Map<RaterKind, Integer> answers = new EnumMap<>(RaterKind.class);
		this.jdbc.sql("select rater_kind, count(*) from msf_response where round_id = :r group by rater_kind")
			.param("r", roundId)
			.query((rs) -> {
				answers.put(RaterKind.valueOf(rs.getString(1)), rs.getInt(2));
			});
		return answers;
	}

	private Map<RaterKind, Integer> minima() {
		Map<RaterKind, Integer> minimum = new EnumMap<>(RaterKind.class);
		this.jdbc.sql("select kind, min_raters from msf_rater_kind").query((rs) -> {
			minimum.put(RaterKind.valueOf(rs.getString(1)), rs.getInt(2));
		});
		return minimum;
	}

	private List<MsfView.Invitation> invitations(long roundId) {
		List<Object[]> rows = this.jdbc.sql("""
				select id, rater_kind, supervisor_id, student_id, label, token_hash is not null as active, answered
				from msf_invitation where round_id = :r order by rater_kind, id""")
			.param("r", roundId)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), RaterKind.valueOf(rs.getString(2)), rs.getObject(3, Long.class),
							rs.getObject(4, Long.class), rs.getString(5), rs.getBoolean(6), rs.getBoolean(7) })
			.list();
		Map<Long, SupervisorRef> refs = this.supervisors
			.byIds(rows.stream().map((r) -> (Long) r[2]).filter((id) -> id != null).toList());
		Map<Long, StudentCard> cards = this.access.students()
			.cardsByIds(rows.stream().map((r) -> (Long) r[3]).filter((id) -> id != null).toList());
		List<MsfView.Invitation> invitations = new ArrayList<>();
		for (Object[] r : rows) {
			String who;
			String number;
			if (r[2] != null) {
				who = refs.get((Long) r[2]).name();
				number = refs.get((Long) r[2]).staffNo();
			}
			else if (r[3] != null) {
				who = cards.get((Long) r[3]).name();
				number = cards.get((Long) r[3]).studentNo();
			}
			else {
				who = (String) r[4];
				number = null;
			}
			invitations.add(new MsfView.Invitation((Long) r[0], (RaterKind) r[1], who, number, r[4] != null,
					(Boolean) r[5], (Boolean) r[6]));
		}
		return invitations;
	}

	private MsfView.Form formOf(String key, Pending pending) {
		return new MsfView.Form(key, pending.traineeName(), pending.title(), pending.closesOn(), pending.kind(),
				questions(pending.kind()));
	}

	private void store(Pending pending, Map<Long, Integer> ratings) {
		List<MsfView.Question> questions = questions(pending.kind());
		boolean anyRating = false;
		for (MsfView.Question question : questions) {
			Integer rating = ratings.get(question.id());
			if (rating == null || rating < 0 || rating > 5) {
				throw new BusinessRuleException("msf.error.unanswered", question.position());
			}
			anyRating |= rating > 0;
		}
		if (!anyRating) {
			throw new BusinessRuleException("msf.error.noRating");
		}
		int marked = this.jdbc.sql("update msf_invitation set answered = true where id = :i and not answered")
			.param("i", pending.invitationId())
			.update();
		if (marked == 0) {
			throw new BusinessRuleException("msf.error.answered");
		}
		UUID response = UUID.randomUUID();
		this.jdbc.sql("insert into msf_response (id, round_id, rater_kind) values (:id, :r, :k)")
			.param("id", response)
			.param("r", pending.roundId())
			.param("k", pending.kind().name())
			.update();
		for (MsfView.Question question : questions) {
			int rating = ratings.get(question.id());
			if (rating > 0) {
				this.jdbc.sql("insert into msf_score (response_id, item_id, rating) values (:id, :q, :v)")
					.param("id", response)
					.param("q", question.id())
					.param("v", rating)
					.update();
			}
		}
	}

	private record Pending(long invitationId, long roundId, String traineeName, String title, LocalDate closesOn,
			RaterKind kind, Long supervisorId, Long studentId) {
	}

	private Optional<Pending> pendingWhere(String condition, Map<String, Object> params) {
		List<Object[]> rows = this.jdbc
			.sql("""
					select i.id, r.id, r.student_id, r.title, r.closes_on, i.rater_kind, i.supervisor_id, i.student_id
					from msf_invitation i join msf_round r on r.id = i.round_id
					where not i.answered and r.status = :open and r.opens_on <= :today and r.closes_on >= :today"""
					+ " and " + condition)
			.params(params)
			.param("open", MsfStatus.OPEN.name())
			.param("today", SchoolTime.today())
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
							rs.getDate(5).toLocalDate(), RaterKind.valueOf(rs.getString(6)),
							rs.getObject(7, Long.class), rs.getObject(8, Long.class) })
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Object[] r = rows.get(0);
		String trainee = this.access.students().cardsByIds(List.of((Long) r[2])).get((Long) r[2]).name();
		return Optional.of(new Pending((Long) r[0], (Long) r[1], trainee, (String) r[3], (LocalDate) r[4],
				(RaterKind) r[5], (Long) r[6], (Long) r[7]));
	}

	private Pending callersPending(long invitationId) {
		Rater rater = callerRater();
		return pendingWhere("i.id = :i", Map.of("i", invitationId))
			.filter((p) -> (p.supervisorId() != null && p.supervisorId().equals(rater.supervisorId()))
					|| (p.studentId() != null && p.studentId().equals(rater.studentId())))
			.orElseThrow(() -> new MsfNotFoundException("invitation " + invitationId));
	}

	private Pending byToken(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			throw new MsfNotFoundException("link");
		}
		return pendingWhere("i.token_hash = :h", Map.of("h", hash(token)))
			.orElseThrow(() -> new MsfNotFoundException("link"));
	}

	private record Rater(Long supervisorId, Long studentId) {

		boolean none() {
			return this.supervisorId == null && this.studentId == null;
		}

	}

	private Rater callerRater() {
		CurrentUser user = this.access.current();
		Long supervisorId = (user.staffNo() != null)
				? this.supervisors.byStaffNo(user.staffNo()).map(SupervisorRef::id).orElse(null) : null;
		Long studentId = null;
		if (user.has(Role.STUDENT) && user.studentNo() != null) {
			StudentKey key = this.access.students().keysByStudentNo(List.of(user.studentNo())).get(user.studentNo());
			studentId = (key != null) ? key.id() : null;
		}
		return new Rater(supervisorId, studentId);
	}

	private record Head(long id, StudentKey student, String title, LocalDate opensOn, LocalDate closesOn,
			MsfStatus status, long version) {
	}

	private Optional<Head> head(long roundId) {
		return this.jdbc.sql("""
				select r.id, r.title, r.opens_on, r.closes_on, r.status, r.version, s.student_no
				from msf_round r join student s on s.id = r.student_id where r.id = :id""")
			.param("id", roundId)
			.query((rs,
					n) -> new Object[] { rs.getLong("id"), rs.getString("title"), rs.getDate("opens_on").toLocalDate(),
							rs.getDate("closes_on").toLocalDate(), MsfStatus.valueOf(rs.getString("status")),
							rs.getLong("version"), rs.getString("student_no") })
			.optional()
			.map((r) -> new Head((Long) r[0],
					this.access.students().keysByStudentNo(List.of((String) r[6])).get((String) r[6]), (String) r[1],
					(LocalDate) r[2], (LocalDate) r[3], (MsfStatus) r[4], (Long) r[5]));
	}

	/**
	 * @throws MsfNotFoundException unless the round exists and the caller may see its
	 * trainee
	 */
	private Head visibleHead(long roundId) {
		Head head = head(roundId).orElseThrow(() -> new MsfNotFoundException("round " + roundId));
		if (!this.access.students().isVisible(head.student().studentNo())
				&& !this.access.isMentor(head.student().id())) {
			throw new MsfNotFoundException("round " + roundId);
		}
		return head;
	}

	private Head requireManaged(long roundId) {
		Head head = visibleHead(roundId);
		requireManager(head.student());
		return head;
	}

	private Head requireOpenManaged(long roundId, long version) {
		Head head = requireManaged(roundId);
		if (head.version() != version) {
			throw new ObjectOptimisticLockingFailureException("msf_round", roundId);
		}
		if (!head.status().takesAnswers()) {
			throw new BusinessRuleException("msf.error.closed");
		}
		return head;
	}

	/**
	 * Whether the caller runs the trainee's 360° rounds: the graduate school, the office
	 * of the trainee's hospital, or a member of the mentor group named on the trainee's
	 * training plan.
	 */
	private boolean mayManage(StudentKey student) {
		CurrentUser user = this.access.current();
		if (user.has(Role.GRAD_SCHOOL) || user.isOfficeOf(student.hospitalCode())) {
			return true;
		}
		return this.access.isMentor(student.id());
	}

	private CurrentUser requireManager(StudentKey student) {
		if (!mayManage(student)) {
			throw new AccessDeniedException("Not running this trainee's 360° evaluations");
		}
		return this.access.current();
	}

	private void bump(long roundId) {
		this.jdbc.sql("update msf_round set version = version + 1 where id = :id").param("id", roundId).update();
	}

	private String name(StudentKey student) {
		return this.access.students().cardsByIds(List.of(student.id())).get(student.id()).name();
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
