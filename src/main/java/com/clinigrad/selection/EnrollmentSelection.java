package com.clinigrad.selection;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.selection.QuotaAllocation.Candidate;
import com.clinigrad.selection.QuotaAllocation.Total;
import com.clinigrad.selection.ScoreCard.DerivedSuspension;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorRef;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's enrollment selection (招生遴选): the graduate school opens the round on a day,
 * computes every supervisor's score under the year's scheme (explained down to the
 * records), sets the places per discipline and program, which are allocated by rank
 * within the caps, records suspensions with their reasons, and publishes the result list
 * once every appeal is decided. Suspensions the records call for are derived at each
 * computation; each suspension can be appealed once by its supervisor. Who sees what: the
 * graduate school and the degree committee everything; a hospital office its hospital's
 * supervisors; a supervisor their own suspensions at once, their score and places once
 * published; a student nothing.
 */
@Service
@Transactional(readOnly = true)
public class EnrollmentSelection {

	private static final String ROUND_COLUMNS = """
			r.id, r.year, r.scheme_id, s.year as scheme_year, r.as_of, r.state, r.computed_at, r.computed_by,
			r.published_at, r.published_by, r.version""";

	private final JdbcClient jdbc;

	private final SelectionSchemes schemes;

	private final SelectionRecords records;

	private final SelectionAppealRepository appeals;

	private final SupervisorDirectory directory;

	private final Organization organization;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final AccountDirectory accounts;

	EnrollmentSelection(JdbcClient jdbc, SelectionSchemes schemes, SelectionRecords records,
			SelectionAppealRepository appeals, SupervisorDirectory directory, Organization organization,
			CurrentUsers currentUsers, ApplicationEventPublisher events, AccountDirectory accounts) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.schemes = schemes;
		this.records = records;
		this.appeals = appeals;
		this.directory = directory;
		this.organization = organization;
		this.currentUsers = currentUsers;
		this.events = events;
	}

	// ---- rounds

	public List<RoundView> rounds() {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE, Role.HOSPITAL_OFFICE);
		return this.jdbc
			.sql("select " + ROUND_COLUMNS
					+ " from selection_round r join selection_scheme s on s.id = r.scheme_id order by r.year desc")
			.query((rs, n) -> round(rs))
			.list();
	}

	public Optional<RoundView> round(int year) {
		return this.jdbc
			.sql("select " + ROUND_COLUMNS
					+ " from selection_round r join selection_scheme s on s.id = r.scheme_id where r.year = :y")
			.param("y", year)
			.query((rs, n) -> round(rs))
			.optional();
	}

	private RoundView required(int year) {
		return round(year).orElseThrow(() -> new SelectionNotFoundException("No selection of " + year));
	}

	private RoundView draft(int year) {
		RoundView round = required(year);
		if (!round.state().open()) {
			throw new BusinessRuleException("selection.error.published");
		}
		return round;
	}

	/**
	 * Opens a year's selection as of a day and computes it; graduate-school staff. The
	 * year is the intake the places are for, and the selection day (遴选日) falls in the
	 * year before it (the June selection, DOMAIN §8) or, late, in that year itself: a day
	 * outside those two years would score the supervisors on records of another intake.
	 * @throws BusinessRuleException when the day is outside that range
	 */
	@Transactional
	public void open(int year, LocalDate asOf) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		if (asOf != null) {
			requireSelectionDayOf(year, asOf);
		}
		openAs(year, asOf, user.username());
	}

	/**
	 * @throws BusinessRuleException unless the day falls in the year before the round's
	 * year or in the round's year
	 */
	static void requireSelectionDayOf(int year, LocalDate asOf) {
		LocalDate earliest = LocalDate.of(year - 1, 1, 1);
		LocalDate latest = LocalDate.of(year, 12, 31);
		if (asOf.isBefore(earliest) || asOf.isAfter(latest)) {
			throw new BusinessRuleException("selection.error.asOfOutsideYear", String.valueOf(year),
					earliest.toString(), latest.toString());
		}
	}

	/**
	 * Opens and computes a year's selection for trusted code (the demo, the benchmark),
	 * on the day it is given: the demo's is within the range {@link #open} keeps to, the
	 * benchmark and the tests score records of today in rounds of years of their own.
	 */
	@Transactional
	public void openAs(int year, LocalDate asOf, String by) {
		if (asOf == null || year < 2000 || year > 2100) {
			throw new BusinessRuleException("selection.error.round");
		}
		if (round(year).isPresent()) {
			throw new BusinessRuleException("selection.error.roundExists", String.valueOf(year));
		}
		SelectionScheme scheme = this.schemes.forYear(year)
			.orElseThrow(() -> new BusinessRuleException("selection.error.noScheme"));
		this.jdbc.sql("insert into selection_round (year, scheme_id, as_of, state) values (:y, :s, :d, 'DRAFT')")
			.param("y", year)
			.param("s", scheme.id())
			.param("d", asOf)
			.update();
		computeAs(year, by);
	}

	/**
	 * Computes the year's scores again (the records or the scheme changed);
	 * graduate-school staff, while the round is a draft.
	 */
	@Transactional
	public void compute(int year, long version) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		RoundView round = draft(year);
		if (round.version() != version) {
			throw new ObjectOptimisticLockingFailureException(RoundView.class, round.id());
		}
		computeAs(year, user.username());
	}

	/**
	 * Computes a draft round for trusted code: every supervisor scored, ranked, the
	 * derived suspensions renewed (those no longer called for go, with any appeal), the
	 * places allocated.
	 */
	@Transactional
	public void computeAs(int year, String by) {
		RoundView round = draft(year);
		SelectionScheme scheme = this.schemes.forYear(year)
			.orElseThrow(() -> new BusinessRuleException("selection.error.noScheme"));
		SelectionRecords.Snapshot snapshot = this.records.read(round.asOf(), scheme.surveyYear(year));
		List<ScoreCard> cards = new ArrayList<>(snapshot.supervisors().size());
		Map<Long, SupervisorRef> refs = new HashMap<>();
		for (SupervisorRef supervisor : snapshot.supervisors()) {
			refs.put(supervisor.id(), supervisor);
			cards.add(scheme.score(snapshot.records().get(supervisor.id()), round.asOf(), year));
		}
		cards.sort(Comparator.comparing(ScoreCard::total)
			.reversed()
			.thenComparing((c) -> refs.get(c.supervisorId()).staffNo()));
		writeResults(round, cards, snapshot);
		writeDerivedSuspensions(round, cards, by);
		this.jdbc
			.sql("""
					update selection_round set scheme_id = :s, computed_at = now(), computed_by = :who, version = version + 1
					where id = :id
					""")
			.param("s", scheme.id())
			.param("who", by)
			.param("id", round.id())
			.update();
		allocate(round.id(), scheme, refs);
	}

	private void writeResults(RoundView round, List<ScoreCard> cards, SelectionRecords.Snapshot snapshot) {
		this.jdbc.sql("delete from selection_score where round_id = :r").param("r", round.id()).update();
		this.jdbc.sql("delete from selection_result where round_id = :r").param("r", round.id()).update();
		int n = cards.size();
		Long[] ids = new Long[n];
		Integer[] ranks = new Integer[n];
		String[] scores = new String[n];
		String[] exempt = new String[n];
		String[] qualified = new String[n];
		List<Long> scoreIds = new ArrayList<>();
		List<String> criteria = new ArrayList<>();
		List<String> weights = new ArrayList<>();
		List<String> fractions = new ArrayList<>();
		List<String> points = new ArrayList<>();
		List<Boolean> hasData = new ArrayList<>();
		List<String> summaries = new ArrayList<>();
		List<String> evidence = new ArrayList<>();
		Map<Long, SupervisorRef> refs = new HashMap<>();
		snapshot.supervisors().forEach((s) -> refs.put(s.id(), s));
		int rank = 0;
		BigDecimal previous = null;
		for (int i = 0; i < n; i++) {
			ScoreCard card = cards.get(i);
			if (previous == null || card.total().compareTo(previous) != 0) {
				rank = i + 1;
				previous = card.total();
			}
			ids[i] = card.supervisorId();
			ranks[i] = rank;
			scores[i] = card.total().toPlainString();
			exempt[i] = (card.exemptUntil() != null) ? card.exemptUntil().toString() : null;
			DegreeLevel level = SelectionRecords.qualified(refs.get(card.supervisorId()),
					snapshot.qualifications().get(card.supervisorId()), round.asOf());
			qualified[i] = (level != null) ? level.name() : null;
			for (CriterionScore score : card.criteria()) {
				scoreIds.add(card.supervisorId());
				criteria.add(score.criterion().name());
				weights.add(score.weight().toPlainString());
				fractions.add(score.fraction().toPlainString());
				points.add(score.points().toPlainString());
				hasData.add(score.hasData());
				summaries.add(score.summary().encode());
				evidence.add(Line.encode(score.evidence()));
			}
		}
		this.jdbc.sql("""
				insert into selection_result (round_id, supervisor_id, rank, score, exempt_until, qualified)
				select :r, u.id, u.rank, u.score::numeric, u.exempt::date, u.qualified
				from unnest(:ids::bigint[], :ranks::int[], :scores::text[], :exempt::text[], :qualified::text[])
				    as u(id, rank, score, exempt, qualified)
				""")
			.param("r", round.id())
			.param("ids", ids)
			.param("ranks", ranks)
			.param("scores", scores)
			.param("exempt", exempt)
			.param("qualified", qualified)
			.update();
		this.jdbc.sql("""
				insert into selection_score (round_id, supervisor_id, criterion, weight, fraction, points, has_data,
				    summary, evidence)
				select :r, u.id, u.criterion, u.weight::numeric, u.fraction::numeric, u.points::numeric, u.has_data,
				    u.summary, u.evidence
				from unnest(:ids::bigint[], :criteria::text[], :weights::text[], :fractions::text[], :points::text[],
				    :hasData::boolean[], :summaries::text[], :evidence::text[])
				    as u(id, criterion, weight, fraction, points, has_data, summary, evidence)
				""")
			.param("r", round.id())
			.param("ids", scoreIds.toArray(Long[]::new))
			.param("criteria", criteria.toArray(String[]::new))
			.param("weights", weights.toArray(String[]::new))
			.param("fractions", fractions.toArray(String[]::new))
			.param("points", points.toArray(String[]::new))
			.param("hasData", hasData.toArray(Boolean[]::new))
			.param("summaries", summaries.toArray(String[]::new))
			.param("evidence", evidence.toArray(String[]::new))
			.update();
	}

	private void writeDerivedSuspensions(RoundView round, List<ScoreCard> cards, String by) {
		List<Long> ids = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		List<String> evidence = new ArrayList<>();
		for (ScoreCard card : cards) {
			for (DerivedSuspension suspension : card.suspensions()) {
				ids.add(card.supervisorId());
				reasons.add(suspension.reason().name());
				evidence.add(Line.encode(suspension.evidence()));
			}
		}
		Long[] idArray = ids.toArray(Long[]::new);
		String[] reasonArray = reasons.toArray(String[]::new);
		this.jdbc.sql("""
				delete from selection_suspension s where s.round_id = :r and s.source = 'DERIVED'
				and not exists (select 1 from unnest(:ids::bigint[], :reasons::text[]) as u(id, reason)
				                where u.id = s.supervisor_id and u.reason = s.reason)
				""").param("r", round.id()).param("ids", idArray).param("reasons", reasonArray).update();
		this.jdbc.sql("""
				insert into selection_suspension (round_id, supervisor_id, reason, source, evidence, recorded_by)
				select :r, u.id, u.reason, 'DERIVED', u.evidence, :who
				from unnest(:ids::bigint[], :reasons::text[], :evidence::text[]) as u(id, reason, evidence)
				on conflict (round_id, supervisor_id, reason) do update set evidence = excluded.evidence
				where selection_suspension.source = 'DERIVED'
				""")
			.param("r", round.id())
			.param("ids", idArray)
			.param("reasons", reasonArray)
			.param("evidence", evidence.toArray(String[]::new))
			.param("who", by)
			.update();
	}

	/**
	 * Allocates the places of a round again from its stored results, suspensions and
	 * totals.
	 */
	private void allocate(long roundId, SelectionScheme scheme) {
		Map<Long, SupervisorRef> refs = new HashMap<>();
		this.directory.all().forEach((s) -> refs.put(s.id(), s));
		allocate(roundId, scheme, refs);
	}

	private void allocate(long roundId, SelectionScheme scheme, Map<Long, SupervisorRef> refs) {
		LocalDate asOf = this.jdbc.sql("select as_of from selection_round where id = :r")
			.param("r", roundId)
			.query(LocalDate.class)
			.single();
		Set<Long> suspended = suspendedIds(roundId);
		List<Candidate> candidates = new ArrayList<>();
		this.jdbc
			.sql("select supervisor_id, rank, score, exempt_until, qualified from selection_result where round_id = :r")
			.param("r", roundId)
			.query((rs) -> {
				long id = rs.getLong("supervisor_id");
				SupervisorRef ref = refs.get(id);
				String qualified = rs.getString("qualified");
				candidates.add(new Candidate(id, rs.getInt("rank"), (ref != null) ? ref.disciplineCode() : null,
						(qualified != null) ? DegreeLevel.valueOf(qualified) : null, suspended.contains(id),
						SelectionScheme.exempt(rs.getObject("exempt_until", LocalDate.class), asOf),
						rs.getBigDecimal("score")));
			});
		QuotaAllocation.Result result = QuotaAllocation.allocate(candidates, totals(roundId), scheme.caps(),
				scheme.minScore());
		this.jdbc.sql("delete from selection_quota where round_id = :r").param("r", roundId).update();
		List<Long> ids = new ArrayList<>();
		List<String> programs = new ArrayList<>();
		List<Integer> places = new ArrayList<>();
		result.places().forEach((id, byProgram) -> byProgram.forEach((program, n) -> {
			ids.add(id);
			programs.add(program);
			places.add(n);
		}));
		this.jdbc.sql("""
				insert into selection_quota (round_id, supervisor_id, program_code, places)
				select :r, u.id, u.program, u.places from unnest(:ids::bigint[], :programs::text[], :places::int[])
				    as u(id, program, places)
				""")
			.param("r", roundId)
			.param("ids", ids.toArray(Long[]::new))
			.param("programs", programs.toArray(String[]::new))
			.param("places", places.toArray(Integer[]::new))
			.update();
	}

	private Set<Long> suspendedIds(long roundId) {
		return new HashSet<>(this.jdbc.sql("""
				select distinct s.supervisor_id from selection_suspension s where s.round_id = :r
				and not exists (select 1 from selection_appeal a where a.suspension_id = s.id and a.state = 'LIFTED')
				""").param("r", roundId).query(Long.class).list());
	}

	private List<Total> totals(long roundId) {
		Map<String, ProgramRef> programs = programs();
		List<Total> totals = new ArrayList<>();
		this.jdbc.sql("select discipline_code, program_code, places from selection_total where round_id = :r")
			.param("r", roundId)
			.query((rs) -> {
				String code = rs.getString("program_code");
				String discipline = rs.getString("discipline_code");
				int places = rs.getInt("places");
				ProgramRef program = programs.get(code);
				DegreeLevel.ofDegreeType((program != null) ? program.degreeType() : null)
					.ifPresent((level) -> totals.add(new Total(discipline, code, level, places)));
			});
		return totals;
	}

	private Map<String, ProgramRef> programs() {
		Map<String, ProgramRef> programs = new LinkedHashMap<>();
		this.organization.programs().forEach((p) -> programs.put(p.code(), p));
		return programs;
	}

	// ---- places

	/**
	 * The places per discipline and program and how many were allocated; the graduate
	 * school and the degree committee.
	 */
	public List<TotalRow> totalRows(int year) {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE);
		RoundView round = required(year);
		Map<String, ProgramRef> programs = programs();
		Map<String, Integer> allocated = new HashMap<>();
		Map<Long, SupervisorRef> refs = new HashMap<>();
		this.directory.all().forEach((s) -> refs.put(s.id(), s));
		this.jdbc.sql("select supervisor_id, program_code, places from selection_quota where round_id = :r")
			.param("r", round.id())
			.query((rs) -> {
				SupervisorRef ref = refs.get(rs.getLong("supervisor_id"));
				allocated.merge(((ref != null) ? ref.disciplineCode() : "") + "/" + rs.getString("program_code"),
						rs.getInt("places"), Integer::sum);
			});
		return this.jdbc.sql("""
				select discipline_code, program_code, places from selection_total where round_id = :r
				order by discipline_code, program_code
				""").param("r", round.id()).query((rs, n) -> {
			String discipline = rs.getString("discipline_code");
			String program = rs.getString("program_code");
			ProgramRef ref = programs.get(program);
			return new TotalRow(discipline, program,
					DegreeLevel.ofDegreeType((ref != null) ? ref.degreeType() : null).orElse(null), rs.getInt("places"),
					allocated.getOrDefault(discipline + "/" + program, 0));
		}).list();
	}

	/**
	 * Sets the places of one discipline and program (0 removes them) and allocates again;
	 * graduate-school staff, while a draft.
	 */
	@Transactional
	public void setTotal(int year, String disciplineCode, String programCode, Integer places) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		setTotalAs(year, disciplineCode, programCode, places);
	}

	@Transactional
	public void setTotalAs(int year, String disciplineCode, String programCode, Integer places) {
		RoundView round = draft(year);
		if (places == null || places < 0 || places > 10000) {
			throw new BusinessRuleException("selection.error.places");
		}
		ProgramRef program = this.organization.program(programCode)
			.orElseThrow(() -> new BusinessRuleException("selection.error.program"));
		if (DegreeLevel.ofDegreeType(program.degreeType()).isEmpty()) {
			throw new BusinessRuleException("selection.error.programLevel");
		}
		if (disciplineCode == null || this.organization.discipline(disciplineCode).isEmpty()) {
			throw new BusinessRuleException("selection.error.discipline");
		}
		if (places == 0) {
			this.jdbc
				.sql("delete from selection_total where round_id = :r and discipline_code = :d and program_code = :p")
				.param("r", round.id())
				.param("d", disciplineCode)
				.param("p", programCode)
				.update();
		}
		else {
			this.jdbc
				.sql("""
						insert into selection_total (round_id, discipline_code, program_code, places) values (:r, :d, :p, :n)
						on conflict (round_id, discipline_code, program_code) do update set places = excluded.places
						""")
				.param("r", round.id())
				.param("d", disciplineCode)
				.param("p", programCode)
				.param("n", places)
				.update();
		}
		touch(round.id());
		allocate(round.id(), this.schemes.byId(round.schemeId()));
	}

	private void touch(long roundId) {
		this.jdbc.sql("update selection_round set version = version + 1 where id = :r").param("r", roundId).update();
	}

	// ---- the board and the explanations

	/**
	 * The ranked board of a year: every supervisor for the graduate school and the degree
	 * committee, a hospital office's own hospital's.
	 */
	public List<BoardRow> board(int year) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE, Role.HOSPITAL_OFFICE);
		RoundView round = required(year);
		Long hospital = user.universityWide() ? null : officeHospital(user);
		return rows(round, (ref) -> hospital == null || hospital.equals(ref.hospitalId()));
	}

	private Long officeHospital(CurrentUser user) {
		return this.organization.hospitalByCode(user.hospitalCode()).map(HospitalRef::id).orElse(-1L);
	}

	private List<BoardRow> rows(RoundView round, java.util.function.Predicate<SupervisorRef> visible) {
		Map<Long, SupervisorRef> refs = new HashMap<>();
		this.directory.all().forEach((s) -> refs.put(s.id(), s));
		Map<Long, Map<Criterion, BigDecimal>> points = new HashMap<>();
		this.jdbc.sql("select supervisor_id, criterion, points from selection_score where round_id = :r")
			.param("r", round.id())
			.query((rs) -> {
				points.computeIfAbsent(rs.getLong("supervisor_id"), (k) -> new EnumMap<>(Criterion.class))
					.put(Criterion.valueOf(rs.getString("criterion")), rs.getBigDecimal("points"));
			});
		Map<Long, List<SuspensionView>> suspensions = suspensions(round.id(), null);
		Map<Long, Integer> places = new HashMap<>();
		this.jdbc.sql(
				"select supervisor_id, sum(places) as n from selection_quota where round_id = :r group by supervisor_id")
			.param("r", round.id())
			.query((rs) -> {
				places.put(rs.getLong("supervisor_id"), rs.getInt("n"));
			});
		List<BoardRow> rows = new ArrayList<>();
		this.jdbc.sql("""
				select supervisor_id, rank, score, exempt_until, qualified from selection_result where round_id = :r
				order by rank, supervisor_id
				""").param("r", round.id()).query((rs) -> {
			long id = rs.getLong("supervisor_id");
			SupervisorRef ref = refs.get(id);
			if (ref == null || !visible.test(ref)) {
				return;
			}
			List<SuspensionView> own = suspensions.getOrDefault(id, List.of());
			LocalDate exemptUntil = rs.getObject("exempt_until", LocalDate.class);
			String qualified = rs.getString("qualified");
			rows.add(new BoardRow(rs.getInt("rank"), ref, rs.getBigDecimal("score"), points.getOrDefault(id, Map.of()),
					exemptUntil, SelectionScheme.exempt(exemptUntil, round.asOf()),
					(qualified != null) ? DegreeLevel.valueOf(qualified) : null,
					own.stream().filter(SuspensionView::effective).map(SuspensionView::reason).toList(),
					own.stream().anyMatch((s) -> s.appeal() != null && s.appeal().state().pending()),
					places.getOrDefault(id, 0)));
		});
		return rows;
	}

	/**
	 * @param supervisorId one supervisor, or {@code null} for all
	 */
	private Map<Long, List<SuspensionView>> suspensions(long roundId, Long supervisorId) {
		List<SuspensionView> views = new ArrayList<>();
		List<Object[]> raw = new ArrayList<>();
		this.jdbc.sql("""
				select id, supervisor_id, reason, source, note, evidence, recorded_by, recorded_at
				from selection_suspension where round_id = :r and (cast(:s as bigint) is null or supervisor_id = :s)
				order by id
				""").param("r", roundId).param("s", supervisorId).query((rs) -> {
			raw.add(new Object[] { rs.getLong("id"), rs.getLong("supervisor_id"), rs.getString("reason"),
					rs.getString("source"), rs.getString("note"), rs.getString("evidence"), rs.getString("recorded_by"),
					rs.getTimestamp("recorded_at").toInstant() });
		});
		Map<Long, AppealView> appealsBySuspension = new HashMap<>();
		if (!raw.isEmpty()) {
			this.appeals.findBySuspensionIdIn(raw.stream().map((r) -> (Long) r[0]).toList())
				.forEach((a) -> appealsBySuspension.put(a.getSuspensionId(), a.toView()));
		}
		// who decided an appeal, by display name (the appeals keep usernames)
		Map<String, String> people = this.accounts
			.displayNames(appealsBySuspension.values().stream().map(AppealView::decidedBy).toList());
		appealsBySuspension.replaceAll((id, a) -> new AppealView(a.id(), a.suspensionId(), a.state(), a.statement(),
				a.submittedBy(), a.submittedAt(), people.getOrDefault(a.decidedBy(), a.decidedBy()), a.decidedAt(),
				a.decisionNote(), a.version()));
		for (Object[] r : raw) {
			views.add(new SuspensionView((Long) r[0], (Long) r[1], SuspensionReason.valueOf((String) r[2]),
					SuspensionSource.valueOf((String) r[3]), (String) r[4], Line.decodeAll((String) r[5]),
					(String) r[6], (Instant) r[7], appealsBySuspension.get((Long) r[0])));
		}
		Map<Long, List<SuspensionView>> bySupervisor = new LinkedHashMap<>();
		views.forEach((v) -> bySupervisor.computeIfAbsent(v.supervisorId(), (k) -> new ArrayList<>()).add(v));
		return bySupervisor;
	}

	/**
	 * A supervisor's score explained down to its records: the graduate school and the
	 * degree committee, the office of the supervisor's hospital, the supervisor themself
	 * once the list is published; anyone else is answered as if there were none.
	 */
	public Explanation explanation(int year, String staffNo) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE, Role.HOSPITAL_OFFICE,
				Role.SUPERVISOR);
		RoundView round = required(year);
		SupervisorRef supervisor = this.directory.byStaffNo(staffNo)
			.orElseThrow(() -> new SelectionNotFoundException("No supervisor " + staffNo));
		boolean allowed = user.universityWide()
				|| (user.has(Role.HOSPITAL_OFFICE) && supervisor.hospitalId() != null
						&& supervisor.hospitalId().equals(officeHospital(user)))
				|| (user.supervises(staffNo, null) && round.published());
		if (!allowed) {
			throw new SelectionNotFoundException("No selection of " + staffNo);
		}
		return explain(round, supervisor);
	}

	private Explanation explain(RoundView round, SupervisorRef supervisor) {
		List<BoardRow> all = rows(round, (ref) -> ref.id() == supervisor.id());
		if (all.isEmpty()) {
			throw new SelectionNotFoundException("Not scored: " + supervisor.staffNo());
		}
		int ranked = this.jdbc.sql("select count(*) from selection_result where round_id = :r")
			.param("r", round.id())
			.query(Integer.class)
			.single();
		List<CriterionScore> criteria = this.jdbc.sql("""
				select c.criterion, c.weight, c.fraction, c.points, c.has_data, c.summary, c.evidence
				from selection_score c left join selection_criterion k
				    on k.scheme_id = :scheme and k.code = c.criterion
				where c.round_id = :r and c.supervisor_id = :s order by k.position nulls last, c.criterion
				""")
			.param("scheme", round.schemeId())
			.param("r", round.id())
			.param("s", supervisor.id())
			.query((rs, n) -> new CriterionScore(Criterion.valueOf(rs.getString("criterion")),
					rs.getBigDecimal("weight"), rs.getBigDecimal("fraction"), rs.getBigDecimal("points"),
					rs.getBoolean("has_data"), Line.decode(rs.getString("summary")),
					Line.decodeAll(rs.getString("evidence"))))
			.list();
		Map<String, Integer> places = new LinkedHashMap<>();
		this.jdbc
			.sql("select program_code, places from selection_quota where round_id = :r and supervisor_id = :s"
					+ " order by program_code")
			.param("r", round.id())
			.param("s", supervisor.id())
			.query((rs) -> {
				places.put(rs.getString("program_code"), rs.getInt("places"));
			});
		return new Explanation(round, all.get(0), ranked, criteria,
				suspensions(round.id(), supervisor.id()).getOrDefault(supervisor.id(), List.of()), places,
				this.schemes.byId(round.schemeId()).minScore());
	}

	// ---- the supervisor's own

	/**
	 * The signed-in supervisor's part of a year's round (the latest without a year): the
	 * suspensions at once (so that they can appeal), the score and places once published.
	 * @param year the round's year, or {@code null} for the latest
	 */
	public Mine mine(Integer year) {
		CurrentUser user = this.currentUsers.require(Role.SUPERVISOR);
		SupervisorRef supervisor = this.directory.byStaffNo(user.staffNo())
			.orElseThrow(() -> new SelectionNotFoundException("No supervisor record"));
		Optional<RoundView> latest = this.jdbc
			.sql("select " + ROUND_COLUMNS + " from selection_round r join selection_scheme s on s.id = r.scheme_id"
					+ " where (cast(:year as integer) is null or r.year = :year) order by r.year desc limit 1")
			.param("year", year)
			.query((rs, n) -> round(rs))
			.optional();
		if (latest.isEmpty()) {
			return new Mine(supervisor, null, List.of(), null);
		}
		RoundView round = latest.get();
		List<SuspensionView> suspensions = suspensions(round.id(), supervisor.id()).getOrDefault(supervisor.id(),
				List.of());
		Explanation explanation = null;
		if (round.published()) {
			try {
				explanation = explain(round, supervisor);
			}
			catch (SelectionNotFoundException notScored) {
				explanation = null;
			}
		}
		return new Mine(supervisor, round, suspensions, explanation);
	}

	/**
	 * Appeals a suspension, once; its own supervisor, while the round is a draft.
	 * @return the round's year
	 */
	@Transactional
	public int appeal(long suspensionId, String statement) {
		CurrentUser user = this.currentUsers.require(Role.SUPERVISOR);
		Object[] suspension = suspensionHead(suspensionId);
		long supervisorId = (Long) suspension[1];
		SupervisorRef supervisor = this.directory.byId(supervisorId).orElseThrow();
		if (!user.supervises(supervisor.staffNo(), null)) {
			throw new SelectionNotFoundException("No suspension " + suspensionId);
		}
		int year = (Integer) suspension[2];
		draft(year);
		if (!this.appeals.findBySuspensionIdIn(List.of(suspensionId)).isEmpty()) {
			throw new BusinessRuleException("selection.error.appealedOnce");
		}
		this.appeals.save(new SelectionAppeal(suspensionId, supervisorId, statement, user.username()));
		return year;
	}

	/**
	 * Appeals a suspension for trusted code (the demo): the same rules, no caller check.
	 */
	@Transactional
	public void appealAs(long suspensionId, String statement, String by) {
		Object[] suspension = suspensionHead(suspensionId);
		draft((Integer) suspension[2]);
		if (!this.appeals.findBySuspensionIdIn(List.of(suspensionId)).isEmpty()) {
			throw new BusinessRuleException("selection.error.appealedOnce");
		}
		this.appeals.save(new SelectionAppeal(suspensionId, (Long) suspension[1], statement, by));
	}

	/**
	 * The suspensions of a supervisor in a year, for trusted code (the demo).
	 */
	public List<SuspensionView> suspensionsOf(int year, String staffNo) {
		RoundView round = required(year);
		SupervisorRef supervisor = this.directory.byStaffNo(staffNo)
			.orElseThrow(() -> new SelectionNotFoundException("No supervisor " + staffNo));
		return suspensions(round.id(), supervisor.id()).getOrDefault(supervisor.id(), List.of());
	}

	/**
	 * Decides an appeal: the suspension upheld or lifted, with the reason; the graduate
	 * school or the degree committee, while the round is a draft. Lifting allocates the
	 * places again.
	 * @return the staff number and year of the supervisor concerned
	 */
	@Transactional
	public Map.Entry<String, Integer> decide(long appealId, long version, boolean lift, String note) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE);
		SelectionAppeal appeal = this.appeals.findById(appealId)
			.orElseThrow(() -> new SelectionNotFoundException("No appeal " + appealId));
		if (appeal.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(SelectionAppeal.class, appealId);
		}
		Object[] suspension = suspensionHead(appeal.getSuspensionId());
		int year = (Integer) suspension[2];
		RoundView round = draft(year);
		appeal.decide(lift, note, user.username());
		this.appeals.saveAndFlush(appeal);
		touch(round.id());
		allocate(round.id(), this.schemes.byId(round.schemeId()));
		return Map.entry(this.directory.byId(appeal.getSupervisorId()).orElseThrow().staffNo(), year);
	}

	/**
	 * Records a suspension with its reason and a note (an ethics negative-list entry
	 * vetoes whatever the score); graduate-school staff, while a draft.
	 */
	@Transactional
	public void suspend(int year, String staffNo, SuspensionReason reason, String note) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		suspendAs(year, staffNo, reason, note, user.username());
	}

	@Transactional
	public void suspendAs(int year, String staffNo, SuspensionReason reason, String note, String by) {
		RoundView round = draft(year);
		if (reason == null) {
			throw new BusinessRuleException("selection.error.reason");
		}
		if (note == null || note.isBlank()) {
			throw new BusinessRuleException("selection.error.reasonRequired");
		}
		SupervisorRef supervisor = this.directory.byStaffNo(staffNo)
			.orElseThrow(() -> new SelectionNotFoundException("No supervisor " + staffNo));
		int added = this.jdbc.sql("""
				insert into selection_suspension (round_id, supervisor_id, reason, source, note, recorded_by)
				values (:r, :s, :reason, 'RECORDED', :note, :who) on conflict do nothing
				""")
			.param("r", round.id())
			.param("s", supervisor.id())
			.param("reason", reason.name())
			.param("note", note.trim())
			.param("who", by)
			.update();
		if (added == 0) {
			throw new BusinessRuleException("selection.error.suspensionExists");
		}
		touch(round.id());
		allocate(round.id(), this.schemes.byId(round.schemeId()));
	}

	/**
	 * The appeals waiting for a decision in a year; the graduate school and the degree
	 * committee.
	 */
	public long pendingAppeals(int year) {
		RoundView round = required(year);
		return pendingAppeals(round.id());
	}

	private long pendingAppeals(long roundId) {
		return this.jdbc.sql("""
				select count(*) from selection_appeal a join selection_suspension s on s.id = a.suspension_id
				where s.round_id = :r and a.state = 'SUBMITTED'
				""").param("r", roundId).query(Long.class).single();
	}

	/**
	 * Publishes the result list, which cannot be undone; graduate-school staff, once
	 * every appeal is decided. Every supervisor scored hears of it.
	 */
	@Transactional
	public void publish(int year, long version, boolean confirmed) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		publishAs(year, version, confirmed, user.username());
	}

	@Transactional
	public void publishAs(int year, long version, boolean confirmed, String by) {
		RoundView round = draft(year);
		if (!confirmed) {
			throw new BusinessRuleException("selection.error.confirm");
		}
		if (round.version() != version) {
			throw new ObjectOptimisticLockingFailureException(RoundView.class, round.id());
		}
		if (!round.state().canMoveTo(RoundState.PUBLISHED)) {
			throw new BusinessRuleException("selection.error.published");
		}
		if (pendingAppeals(round.id()) > 0) {
			throw new BusinessRuleException("selection.error.appealsPending");
		}
		Instant now = Instant.now();
		this.jdbc.sql("""
				update selection_round set state = 'PUBLISHED', published_at = :at, published_by = :who,
				    version = version + 1
				where id = :id and version = :v
				""")
			.param("at", Timestamp.from(now))
			.param("who", by)
			.param("id", round.id())
			.param("v", version)
			.update();
		Set<Long> ids = new HashSet<>(this.jdbc.sql("select supervisor_id from selection_result where round_id = :r")
			.param("r", round.id())
			.query(Long.class)
			.list());
		List<String> staffNos = this.directory.byIds(ids)
			.values()
			.stream()
			.map(SupervisorRef::staffNo)
			.sorted()
			.toList();
		this.events.publishEvent(new EnrollmentSelectionPublished(round.id(), year, staffNos, by, now));
	}

	private Object[] suspensionHead(long suspensionId) {
		return this.jdbc.sql("""
				select s.id, s.supervisor_id, r.year from selection_suspension s
				join selection_round r on r.id = s.round_id where s.id = :id
				""")
			.param("id", suspensionId)
			.query((rs, n) -> new Object[] { rs.getLong("id"), rs.getLong("supervisor_id"), rs.getInt("year") })
			.optional()
			.orElseThrow(() -> new SelectionNotFoundException("No suspension " + suspensionId));
	}

	private static RoundView round(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp computed = rs.getTimestamp("computed_at");
		Timestamp published = rs.getTimestamp("published_at");
		return new RoundView(rs.getLong("id"), rs.getInt("year"), rs.getLong("scheme_id"), rs.getInt("scheme_year"),
				rs.getObject("as_of", LocalDate.class), RoundState.valueOf(rs.getString("state")),
				(computed != null) ? computed.toInstant() : null, rs.getString("computed_by"),
				(published != null) ? published.toInstant() : null, rs.getString("published_by"),
				rs.getLong("version"));
	}

	/**
	 * A supervisor's part of the latest round.
	 *
	 * @param round the latest round, or {@code null}
	 * @param explanation the score explained, once published
	 */
	public record Mine(SupervisorRef supervisor, RoundView round, List<SuspensionView> suspensions,
			Explanation explanation) {
	}

	/**
	 * @return today, the day a new round is computed as of unless another is given
	 */
	public static LocalDate today() {
		return SchoolTime.today();
	}

}
