package com.clinigrad.awards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A scheme's selection round (评选): the graduate school computes the list from the
 * comprehensive evaluation ({@link AwardSelection}), each hospital office reviews its
 * students' part, the graduate school approves and publishes it (公示), a student of the
 * population objects once during publicity, the office decides each objection (an upheld
 * one corrects the list, the reason kept in its history), and the graduate school makes
 * it final once no objection waits. The round guards its moves ({@link AwardRound}).
 */
@Service
@Transactional(readOnly = true)
public class AwardRounds {

	private final AwardSchemes schemes;

	private final AwardEvaluations evaluations;

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	AwardRounds(AwardSchemes schemes, AwardEvaluations evaluations, JdbcClient jdbc, CurrentUsers currentUsers,
			ApplicationEventPublisher events) {
		this.schemes = schemes;
		this.evaluations = evaluations;
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.events = events;
	}

	/**
	 * @return the id of the scheme's round, if one was opened
	 */
	public Optional<Long> roundOf(long schemeId) {
		return this.jdbc.sql("select id from award_round where scheme_id = :s")
			.param("s", schemeId)
			.query(Long.class)
			.optional();
	}

	/**
	 * Opens the scheme's round, or computes its draft list again: the evaluation on the
	 * day, the quotas and the winners.
	 * @return the round's id
	 */
	@Transactional
	public long compute(long schemeId, LocalDate asOf) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		return computeAs(schemeId, asOf, user.username());
	}

	private long computeAs(long schemeId, LocalDate asOf, String by) {
		SchemeView scheme = this.schemes.load(schemeId)
			.orElseThrow(() -> new AwardNotFoundException("scheme " + schemeId));
		if (scheme.types().stream().noneMatch((t) -> t.allocation().ranked())) {
			throw new BusinessRuleException("award.error.noRankedTypes");
		}
		Optional<AwardRound> existing = roundOf(schemeId).map(this::load);
		long id;
		if (existing.isPresent()) {
			existing.get().checkDraft();
			id = existing.get().id();
			this.jdbc.sql("delete from award_list_line where round_id = :r").param("r", id).update();
			this.jdbc.sql("delete from award_quota where round_id = :r").param("r", id).update();
			this.jdbc.sql("delete from award_hospital_review where round_id = :r").param("r", id).update();
			this.jdbc.sql("update award_round set as_of = :d, version = version + 1 where id = :r")
				.param("d", asOf)
				.param("r", id)
				.update();
		}
		else {
			id = this.jdbc.sql("""
					insert into award_round (scheme_id, as_of, state, created_by) values (:s, :d, 'DRAFT', :by)
					returning id
					""").param("s", schemeId).param("d", asOf).param("by", by).query(Long.class).single();
		}
		AwardSelection.Result result = AwardSelection.select(scheme, this.evaluations.evaluate(scheme, asOf));
		// the lines in one statement, however large the population
		List<AwardSelection.Line> lines = result.lines();
		this.jdbc.sql("""
				insert into award_list_line (round_id, student_id, student_no, student_name, hospital_code, quota_group,
				       rank, total, award_type_id, excluded, excluded_since, excluded_detail)
				select :r, t.* from unnest(:ids::bigint[], :nos::text[], :names::text[], :hospitals::text[],
				       :groups::text[], :ranks::int[], :totals::numeric[], :types::bigint[], :excluded::text[],
				       :since::date[], :details::text[]) as t
				""")
			.param("r", id)
			.param("ids", lines.stream().map((l) -> l.evaluation().student().id()).toArray(Long[]::new))
			.param("nos", lines.stream().map((l) -> l.evaluation().student().studentNo()).toArray(String[]::new))
			.param("names", lines.stream().map((l) -> l.evaluation().student().name()).toArray(String[]::new))
			.param("hospitals",
					lines.stream().map((l) -> l.evaluation().student().hospitalCode()).toArray(String[]::new))
			.param("groups", lines.stream().map((l) -> l.evaluation().group()).toArray(String[]::new))
			.param("ranks", lines.stream().map((l) -> l.evaluation().rank()).toArray(Integer[]::new))
			.param("totals", lines.stream().map((l) -> l.evaluation().total()).toArray(java.math.BigDecimal[]::new))
			.param("types", lines.stream().map((l) -> (l.award() != null) ? l.award().id() : null).toArray(Long[]::new))
			.param("excluded",
					lines.stream()
						.map((l) -> l.evaluation().excluded() ? l.evaluation().exclusion().reason().name() : null)
						.toArray(String[]::new))
			.param("since",
					lines.stream()
						.map((l) -> l.evaluation().excluded() && l.evaluation().exclusion().since() != null
								? java.sql.Date.valueOf(l.evaluation().exclusion().since()) : null)
						.toArray(java.sql.Date[]::new))
			.param("details",
					lines.stream()
						.map((l) -> l.evaluation().excluded() ? l.evaluation().exclusion().detailKey() : null)
						.toArray(String[]::new))
			.update();
		for (AwardSelection.Quota quota : result.quotas()) {
			this.jdbc.sql("""
					insert into award_quota (round_id, quota_group, award_type_id, population, quota)
					values (:r, :g, :t, :p, :q)
					""")
				.param("r", id)
				.param("g", quota.group())
				.param("t", quota.type().id())
				.param("p", quota.population())
				.param("q", quota.quota())
				.update();
		}
		return id;
	}

	/**
	 * The round as the caller may see it: the graduate school every line, a hospital
	 * office its hospital's, a student of the population the published list's winners and
	 * their own line.
	 * @throws AwardNotFoundException when there is no such round or the caller may not
	 * see it
	 */
	public RoundView round(long id) {
		CurrentUser user = this.currentUsers.current();
		AwardRound round = load(id);
		SchemeView scheme = this.schemes.load(round.schemeId())
			.orElseThrow(() -> new AwardNotFoundException("scheme " + round.schemeId()));
		List<RoundView.LineView> all = lines(id, scheme);
		if (!mayRead(user, round, () -> all.stream().anyMatch((l) -> l.studentNo().equals(user.studentNo())))) {
			throw new AwardNotFoundException("round " + id);
		}
		Predicate<RoundView.LineView> visible;
		boolean office = user.hasAny(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
		if (user.has(Role.GRAD_SCHOOL)) {
			visible = (l) -> true;
		}
		else if (user.has(Role.HOSPITAL_OFFICE)) {
			visible = (l) -> user.isOfficeOf(l.hospitalCode());
		}
		else {
			visible = (l) -> l.award() != null || l.studentNo().equals(user.studentNo());
		}
		List<RoundView.LineView> lines = all.stream().filter(visible).toList();
		Set<String> hospitals = new TreeSet<>();
		all.forEach((l) -> {
			if (l.hospitalCode() != null) {
				hospitals.add(l.hospitalCode());
			}
		});
		List<RoundView.ReviewView> reviews = this.jdbc
			.sql("select * from award_hospital_review where round_id = :r order by hospital_code")
			.param("r", id)
			.query((rs, n) -> new RoundView.ReviewView(rs.getString("hospital_code"), rs.getString("remark"),
					rs.getString("reviewed_by"), rs.getTimestamp("reviewed_at").toInstant()))
			.list()
			.stream()
			.filter((r) -> user.has(Role.GRAD_SCHOOL) || user.isOfficeOf(r.hospitalCode()))
			.toList();
		Set<String> toReview = new TreeSet<>(hospitals);
		this.jdbc.sql("select hospital_code from award_hospital_review where round_id = :r")
			.param("r", id)
			.query(String.class)
			.list()
			.forEach(toReview::remove);
		List<RoundView.ObjectionView> objections = objections(id);
		RoundView.ObjectionView own = objections.stream()
			.filter((o) -> o.studentNo().equals(user.studentNo()))
			.findFirst()
			.orElse(null);
		List<RoundView.ObjectionView> shown = office ? objections.stream()
			.filter((o) -> user.has(Role.GRAD_SCHOOL) || user.isOfficeOf(o.hospitalCode()))
			.toList() : (own != null) ? List.of(own) : List.of();
		List<RoundView.ChangeView> changes = changes(id, scheme).stream()
			.filter((c) -> user.has(Role.GRAD_SCHOOL) || lines.stream()
				.anyMatch((l) -> l.studentNo().equals(c.studentNo())
						&& (office || l.studentNo().equals(user.studentNo()))))
			.toList();
		boolean today = round.state() == RoundState.PUBLICITY && !SchoolTime.today().isAfter(round.publicityEnd())
				&& !SchoolTime.today().isBefore(round.publicityStart());
		RoundView.Actions actions = new RoundView.Actions(user.has(Role.GRAD_SCHOOL) && round.state().draft(),
				user.has(Role.HOSPITAL_OFFICE) && round.state().draft() && toReview.contains(user.hospitalCode()),
				user.has(Role.GRAD_SCHOOL) && round.state().canMoveTo(RoundState.SCHOOL_APPROVED),
				user.has(Role.GRAD_SCHOOL) && round.state().canMoveTo(RoundState.PUBLICITY),
				!office && user.has(Role.STUDENT) && own == null && today,
				office && round.state() == RoundState.PUBLICITY,
				user.has(Role.GRAD_SCHOOL) && round.state().canMoveTo(RoundState.FINAL));
		return new RoundView(id, scheme, asOf(id), round.state(), round.publicityStart(), round.publicityEnd(),
				round.version(), lines, quotas(id, scheme), reviews, toReview, shown, changes, own, actions);
	}

	/**
	 * The office of a hospital with students on the list reviews its part, with an
	 * optional remark; when the last office has reviewed, the round moves on.
	 */
	@Transactional
	public void review(long id, String remark) {
		CurrentUser user = this.currentUsers.require(Role.HOSPITAL_OFFICE);
		AwardRound round = load(id);
		round.checkDraft();
		List<String> hospitals = this.jdbc
			.sql("select distinct hospital_code from award_list_line where round_id = :r and hospital_code is not null")
			.param("r", id)
			.query(String.class)
			.list();
		if (user.hospitalCode() == null || !hospitals.contains(user.hospitalCode())) {
			throw new AccessDeniedException("No students of this office on the list");
		}
		try {
			this.jdbc.sql("""
					insert into award_hospital_review (round_id, hospital_code, remark, reviewed_by)
					values (:r, :h, :remark, :by)
					""")
				.param("r", id)
				.param("h", user.hospitalCode())
				.param("remark", (remark == null || remark.isBlank()) ? null : remark.strip())
				.param("by", user.displayName())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessRuleException("award.error.reviewedOnce");
		}
		long reviewed = this.jdbc.sql("select count(*) from award_hospital_review where round_id = :r")
			.param("r", id)
			.query(Long.class)
			.single();
		if (reviewed == hospitals.size()) {
			round.moveTo(RoundState.HOSPITAL_REVIEWED);
			save(round, user);
		}
	}

	/**
	 * The graduate school approves the list every hospital office has reviewed.
	 */
	@Transactional
	public void approve(long id, long version) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		AwardRound round = loadAt(id, version);
		round.moveTo(RoundState.SCHOOL_APPROVED);
		save(round, user);
	}

	/**
	 * The graduate school publishes the approved list for objections (公示) from one day to
	 * another; the students of the population hear of it ({@link AwardListPublished}).
	 */
	@Transactional
	public void publish(long id, long version, LocalDate start, LocalDate end) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		AwardRound round = loadAt(id, version);
		round.publish(start, end, SchoolTime.today());
		save(round, user);
		SchemeView scheme = this.schemes.scheme(round.schemeId());
		this.events.publishEvent(
				new AwardListPublished(id, scheme.name(), scheme.nameEn(), end, population(id), user.username()));
	}

	/**
	 * A student of the population objects to the published list, once, until the last day
	 * of publicity.
	 */
	@Transactional
	public void object(long id, String reason) {
		CurrentUser user = this.currentUsers.require(Role.STUDENT);
		AwardRound round = load(id);
		Long studentId = this.jdbc.sql("select student_id from award_list_line where round_id = :r and student_no = :n")
			.param("r", id)
			.param("n", user.studentNo())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new AwardNotFoundException("round " + id));
		round.checkObjectionDay(SchoolTime.today());
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("award.error.reasonRequired");
		}
		try {
			this.jdbc
				.sql("""
						insert into award_objection (round_id, student_id, reason, state) values (:r, :s, :reason, 'WAITING')
						""")
				.param("r", id)
				.param("s", studentId)
				.param("reason", reason.strip())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessRuleException("award.error.objectedOnce");
		}
	}

	/**
	 * The graduate school or the office of the student's hospital decides an objection:
	 * upheld, the student's line is corrected to the award named (or none), the reason
	 * kept in the list's history; or dismissed. The student hears of it
	 * ({@link AwardObjectionDecided}).
	 * @param awardTypeId the student's award after the correction, or {@code null} for
	 * none (upheld only)
	 */
	@Transactional
	public void decide(long id, long objectionId, long version, boolean upheld, Long awardTypeId, String note) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
		AwardRound round = load(id);
		RoundView.ObjectionView objection = objections(id).stream()
			.filter((o) -> o.id() == objectionId)
			.findFirst()
			.orElseThrow(() -> new AwardNotFoundException("objection " + objectionId));
		if (!user.has(Role.GRAD_SCHOOL) && !user.isOfficeOf(objection.hospitalCode())) {
			throw new AccessDeniedException("Not this student's hospital office");
		}
		round.checkDecidable();
		if (note == null || note.isBlank()) {
			throw new BusinessRuleException("award.error.reasonRequired");
		}
		ObjectionState next = upheld ? ObjectionState.UPHELD : ObjectionState.DISMISSED;
		if (!objection.state().canMoveTo(next)) {
			throw new BusinessRuleException("award.error.objectionDecided");
		}
		int updated = this.jdbc.sql("""
				update award_objection set state = :state, decided_by = :by, decided_at = now(), decision_note = :note,
				       version = version + 1
				where id = :id and version = :version
				""")
			.param("state", next.name())
			.param("by", user.displayName())
			.param("note", note.strip())
			.param("id", objectionId)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Objection " + objectionId + " changed meanwhile");
		}
		SchemeView scheme = this.schemes.scheme(round.schemeId());
		if (upheld) {
			if (awardTypeId != null && !scheme.type(awardTypeId).allocation().ranked()) {
				throw new BusinessRuleException("award.error.notRanked");
			}
			Map<String, Object> line = this.jdbc.sql("""
					select l.student_id, l.award_type_id from award_list_line l join award_objection o
					  on o.student_id = l.student_id and o.round_id = l.round_id where o.id = :id
					""").param("id", objectionId).query().singleRow();
			Number from = (Number) line.get("award_type_id");
			this.jdbc.sql("update award_list_line set award_type_id = :t where round_id = :r and student_id = :s")
				.param("t", awardTypeId)
				.param("r", id)
				.param("s", line.get("student_id"))
				.update();
			this.jdbc.sql("""
					insert into award_list_change (round_id, student_id, from_type_id, to_type_id, objection_id, reason,
					                               changed_by)
					values (:r, :s, :from, :to, :o, :reason, :by)
					""")
				.param("r", id)
				.param("s", line.get("student_id"))
				.param("from", (from != null) ? from.longValue() : null)
				.param("to", awardTypeId)
				.param("o", objectionId)
				.param("reason", note.strip())
				.param("by", user.displayName())
				.update();
		}
		long studentId = this.jdbc.sql("select student_id from award_objection where id = :id")
			.param("id", objectionId)
			.query(Long.class)
			.single();
		this.events.publishEvent(new AwardObjectionDecided(id, objectionId, studentId, scheme.name(), scheme.nameEn(),
				next, user.username()));
	}

	/**
	 * The graduate school makes the list final once no objection waits; the students of
	 * the population hear of it ({@link AwardListFinalised}).
	 */
	@Transactional
	public void finalise(long id, long version) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		AwardRound round = loadAt(id, version);
		long waiting = this.jdbc.sql("select count(*) from award_objection where round_id = :r and state = :waiting")
			.param("r", id)
			.param("waiting", ObjectionState.WAITING.name())
			.query(Long.class)
			.single();
		round.finalise(waiting);
		save(round, user);
		SchemeView scheme = this.schemes.scheme(round.schemeId());
		this.events
			.publishEvent(new AwardListFinalised(id, scheme.name(), scheme.nameEn(), population(id), user.username()));
	}

	/**
	 * The winners of a final list, for the payment rolls (no caller check: the roll
	 * checks its caller).
	 */
	List<RoundView.LineView> finalWinners(long id) {
		AwardRound round = load(id);
		if (round.state() != RoundState.FINAL) {
			throw new BusinessRuleException("award.error.notFinal");
		}
		SchemeView scheme = this.schemes.load(round.schemeId())
			.orElseThrow(() -> new AwardNotFoundException("scheme " + round.schemeId()));
		return lines(id, scheme).stream().filter((l) -> l.award() != null).toList();
	}

	private Set<Long> population(long id) {
		return new LinkedHashSet<>(this.jdbc.sql("select student_id from award_list_line where round_id = :r")
			.param("r", id)
			.query(Long.class)
			.list());
	}

	/**
	 * Whether the current user may open the list's page ({@link #round}), for pages that
	 * link to it (finance reads the final list's payment roll, not the list).
	 * @throws AwardNotFoundException when there is no such list
	 */
	public boolean mayOpen(long id) {
		CurrentUser user = this.currentUsers.current();
		return mayRead(user, load(id),
				() -> user.studentNo() != null && this.jdbc
					.sql("select exists (select 1 from award_list_line where round_id = :r and student_no = :no)")
					.param("r", id)
					.param("no", user.studentNo())
					.query(Boolean.class)
					.single());
	}

	/**
	 * The one scope check of a list's page: the offices (a hospital office sees its
	 * hospital's lines), and a student on the list once it is published.
	 */
	private static boolean mayRead(CurrentUser user, AwardRound round, BooleanSupplier listed) {
		if (user.hasAny(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE)) {
			return true;
		}
		return user.has(Role.STUDENT) && round.state().published() && listed.getAsBoolean();
	}

	AwardRound load(long id) {
		return this.jdbc.sql("select * from award_round where id = :id")
			.param("id", id)
			.query((rs, n) -> new AwardRound(rs.getLong("id"), rs.getLong("scheme_id"),
					RoundState.valueOf(rs.getString("state")), rs.getObject("publicity_start", LocalDate.class),
					rs.getObject("publicity_end", LocalDate.class), rs.getLong("version")))
			.optional()
			.orElseThrow(() -> new AwardNotFoundException("round " + id));
	}

	private AwardRound loadAt(long id, long version) {
		AwardRound round = load(id);
		if (round.version() != version) {
			throw new OptimisticLockingFailureException("Round " + id + " changed meanwhile");
		}
		return round;
	}

	private void save(AwardRound round, CurrentUser user) {
		String by = switch (round.state()) {
			case SCHOOL_APPROVED -> "approved_by = :by, approved_at = now(),";
			case PUBLICITY -> "published_by = :by, published_at = now(),";
			case FINAL -> "finalised_by = :by, finalised_at = now(),";
			case DRAFT, HOSPITAL_REVIEWED -> "";
		};
		int updated = this.jdbc
			.sql("update award_round set state = :state, publicity_start = :start, " + "publicity_end = :end, " + by
					+ " version = version + 1 where id = :id and version = :version")
			.param("state", round.state().name())
			.param("start", round.publicityStart())
			.param("end", round.publicityEnd())
			.param("by", user.username())
			.param("id", round.id())
			.param("version", round.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Round " + round.id() + " changed meanwhile");
		}
	}

	private LocalDate asOf(long id) {
		return this.jdbc.sql("select as_of from award_round where id = :id")
			.param("id", id)
			.query(LocalDate.class)
			.single();
	}

	private List<RoundView.LineView> lines(long id, SchemeView scheme) {
		Map<Long, AwardTypeView> types = types(scheme);
		return this.jdbc.sql("""
				select * from award_list_line where round_id = :r
				order by quota_group, (excluded is not null), rank, student_no
				""").param("r", id).query((rs, n) -> line(rs, types)).list();
	}

	private static RoundView.LineView line(ResultSet rs, Map<Long, AwardTypeView> types) throws SQLException {
		long typeId = rs.getLong("award_type_id");
		AwardTypeView award = rs.wasNull() ? null : types.get(typeId);
		String excluded = rs.getString("excluded");
		Exclusion exclusion = (excluded != null) ? new Exclusion(Exclusion.Reason.valueOf(excluded),
				rs.getObject("excluded_since", LocalDate.class), rs.getString("excluded_detail")) : null;
		return new RoundView.LineView(rs.getLong("student_id"), rs.getString("student_no"),
				rs.getString("student_name"), rs.getString("hospital_code"), rs.getString("quota_group"),
				rs.getInt("rank"), rs.getBigDecimal("total"), award, exclusion);
	}

	private List<RoundView.QuotaView> quotas(long id, SchemeView scheme) {
		Map<Long, AwardTypeView> types = types(scheme);
		return this.jdbc.sql("""
				select q.* from award_quota q join award_type t on t.id = q.award_type_id
				where q.round_id = :r order by q.quota_group, t.position
				""")
			.param("r", id)
			.query((rs, n) -> new RoundView.QuotaView(rs.getString("quota_group"),
					types.get(rs.getLong("award_type_id")), rs.getInt("population"), rs.getInt("quota")))
			.list();
	}

	private List<RoundView.ObjectionView> objections(long id) {
		return this.jdbc.sql("""
				select o.*, l.student_no, l.student_name, l.hospital_code from award_objection o
				join award_list_line l on l.round_id = o.round_id and l.student_id = o.student_id
				where o.round_id = :r order by o.submitted_at, o.id
				""").param("r", id).query((rs, n) -> {
			java.sql.Timestamp decided = rs.getTimestamp("decided_at");
			return new RoundView.ObjectionView(rs.getLong("id"), rs.getString("student_no"),
					rs.getString("student_name"), rs.getString("hospital_code"), rs.getString("reason"),
					ObjectionState.valueOf(rs.getString("state")), rs.getTimestamp("submitted_at").toInstant(),
					rs.getString("decided_by"), (decided != null) ? decided.toInstant() : null,
					rs.getString("decision_note"), rs.getLong("version"));
		}).list();
	}

	private List<RoundView.ChangeView> changes(long id, SchemeView scheme) {
		Map<Long, AwardTypeView> types = types(scheme);
		return this.jdbc.sql("""
				select c.*, l.student_no, l.student_name from award_list_change c
				join award_list_line l on l.round_id = c.round_id and l.student_id = c.student_id
				where c.round_id = :r order by c.changed_at, c.id
				""").param("r", id).query((rs, n) -> {
			long from = rs.getLong("from_type_id");
			AwardTypeView fromType = rs.wasNull() ? null : types.get(from);
			long to = rs.getLong("to_type_id");
			AwardTypeView toType = rs.wasNull() ? null : types.get(to);
			return new RoundView.ChangeView(rs.getString("student_no"), rs.getString("student_name"), fromType, toType,
					rs.getString("reason"), rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant());
		}).list();
	}

	private static Map<Long, AwardTypeView> types(SchemeView scheme) {
		Map<Long, AwardTypeView> types = new HashMap<>();
		scheme.types().forEach((t) -> types.put(t.id(), t));
		return types;
	}

}
