package com.clinigrad.competency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.StudentKey;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OSCE (客观结构化临床考试): the hospital office sets up an exam with stations (each a competency,
 * a checklist with points and a global rating), assigns examiners per station and lists
 * the candidates; each examiner enters the sheets of their own stations only; the results
 * follow the pass rules of the exam and its stations and reach the candidates' competency
 * profiles.
 */
@Service
public class OsceExams implements ProfileEvidence {

	private final JdbcClient jdbc;

	private final CompetencyAccess access;

	private final SupervisorDirectory supervisors;

	OsceExams(JdbcClient jdbc, CompetencyAccess access, SupervisorDirectory supervisors) {
		this.jdbc = jdbc;
		this.access = access;
		this.supervisors = supervisors;
	}

	/**
	 * The exams of the caller's hospital (every hospital for the graduate school).
	 */
	@Transactional(readOnly = true)
	public List<OsceView.Row> list() {
		CurrentUser user = this.access.current();
		if (!user.hasAny(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE)) {
			throw new AccessDeniedException("OSCE list is for the offices");
		}
		return this.jdbc.sql("""
				select e.id, h.code, e.title, e.held_on, e.status,
				       (select count(*) from osce_station s where s.exam_id = e.id) as stations,
				       (select count(*) from osce_candidate c where c.exam_id = e.id) as candidates
				from osce_exam e join hospital h on h.id = e.hospital_id
				where :all or h.code = :hospital
				order by e.held_on desc, e.id desc
				""")
			.param("all", user.has(Role.GRAD_SCHOOL))
			.param("hospital", user.hospitalCode() == null ? "" : user.hospitalCode())
			.query((rs, row) -> new OsceView.Row(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
					rs.getDate("held_on").toLocalDate(), OsceStatus.valueOf(rs.getString("status")),
					rs.getInt("stations"), rs.getInt("candidates")))
			.list();
	}

	/**
	 * Sets up an exam of the caller's hospital (the graduate school names the hospital)
	 * with the program's default pass rules.
	 * @return its id
	 */
	@Transactional
	public long create(String hospitalCode, String programCode, String title, LocalDate heldOn) {
		CurrentUser user = this.access.current();
		String hospital = user.has(Role.GRAD_SCHOOL) ? hospitalCode : user.hospitalCode();
		if (!user.has(Role.GRAD_SCHOOL) && !user.isOfficeOf(hospital)) {
			throw new AccessDeniedException("OSCE exams are set up by the offices");
		}
		if (title == null || title.isBlank() || heldOn == null || hospital == null || hospital.isBlank()) {
			throw new BusinessRuleException("cbt.osce.error.examIncomplete");
		}
		return createExam(hospital, programCode, title.trim(), heldOn, user.username());
	}

	/**
	 * Sets up an exam without a caller, for the demo loader.
	 */
	@Transactional
	public long createForLoader(String hospitalCode, String programCode, String title, LocalDate heldOn, String by) {
		return createExam(hospitalCode, programCode, title, heldOn, by);
	}

	private long createExam(String hospitalCode, String programCode, String title, LocalDate heldOn, String by) {
		Map<String, Object> rule = passRule(programCode);
		return this.jdbc.sql("""
				insert into osce_exam (hospital_id, program_code, title, held_on, overall_pass_percent,
				    min_stations_passed_percent, created_by)
				select h.id, :program, :title, :heldOn, :overall, :share, :by from hospital h where h.code = :hospital
				returning id
				""")
			.param("program", programCode)
			.param("title", title)
			.param("heldOn", heldOn)
			.param("overall", rule.get("overall_pass_percent"))
			.param("share", rule.get("min_stations_passed_percent"))
			.param("by", by)
			.param("hospital", hospitalCode)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new BusinessRuleException("cbt.osce.error.examIncomplete"));
	}

	private Map<String, Object> passRule(String programCode) {
		return this.jdbc.sql("select * from osce_pass_rule where program_code = :p")
			.param("p", programCode)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("cbt.osce.error.noPassRule"));
	}

	/**
	 * An exam of the caller's hospital with its results.
	 */
	@Transactional(readOnly = true)
	public OsceView exam(long examId) {
		requireOffice(examId);
		return view(examId);
	}

	@Transactional
	public void addStation(long examId, long version, StationCommand command) {
		ExamHead head = requireOpen(examId, version);
		addStationOf(head, command);
	}

	@Transactional
	public void addStationForLoader(long examId, StationCommand command) {
		addStationOf(head(examId).orElseThrow(), command);
	}

	private void addStationOf(ExamHead head, StationCommand command) {
		if (command.competencyCode() == null || command.title() == null || command.title().isBlank()
				|| command.checklist().isEmpty()) {
			throw new BusinessRuleException("cbt.osce.error.stationIncomplete");
		}
		Map<String, Object> rule = passRule(head.programCode());
		BigDecimal pass = command.passPercent() != null ? command.passPercent()
				: (BigDecimal) rule.get("station_pass_percent");
		int minGlobal = command.minGlobal() != null ? command.minGlobal() : (Integer) rule.get("station_min_global");
		if (pass.signum() < 0 || pass.compareTo(BigDecimal.valueOf(100)) > 0 || minGlobal < 1 || minGlobal > 5) {
			throw new BusinessRuleException("cbt.osce.error.passRule");
		}
		for (StationCommand.ChecklistLine line : command.checklist()) {
			if (line.text() == null || line.text().isBlank() || line.points() < 1 || line.points() > 100) {
				throw new BusinessRuleException("cbt.osce.error.checklistLine");
			}
		}
		long stationId = this.jdbc.sql("""
				insert into osce_station (exam_id, position, competency_code, title, pass_percent, min_global)
				select :exam, coalesce(max(position), 0) + 1, :competency, :title, :pass, :minGlobal
				from osce_station where exam_id = :exam
				returning id
				""")
			.param("exam", head.id())
			.param("competency", command.competencyCode())
			.param("title", command.title().trim())
			.param("pass", pass)
			.param("minGlobal", minGlobal)
			.query(Long.class)
			.single();
		int position = 1;
		for (StationCommand.ChecklistLine line : command.checklist()) {
			this.jdbc
				.sql("insert into osce_checklist_item (station_id, position, text, points) values (:s, :p, :t, :pts)")
				.param("s", stationId)
				.param("p", position++)
				.param("t", line.text().trim())
				.param("pts", line.points())
				.update();
		}
		bump(head.id());
	}

	/**
	 * Names the examiners of a station by staff number (replacing those named before).
	 */
	@Transactional
	public void assignExaminers(long examId, long version, long stationId, List<String> staffNos) {
		requireOpen(examId, version);
		assignExaminersOf(examId, stationId, staffNos);
	}

	@Transactional
	public void assignExaminersForLoader(long examId, long stationId, List<String> staffNos) {
		assignExaminersOf(examId, stationId, staffNos);
	}

	private void assignExaminersOf(long examId, long stationId, List<String> staffNos) {
		stationOf(examId, stationId);
		if (staffNos.isEmpty()) {
			throw new BusinessRuleException("cbt.osce.error.noExaminer");
		}
		Map<String, SupervisorRef> found = this.supervisors.byStaffNos(staffNos);
		for (String staffNo : staffNos) {
			if (!found.containsKey(staffNo)) {
				throw new BusinessRuleException("cbt.error.unknownMentor", staffNo);
			}
		}
		this.jdbc.sql("delete from osce_station_examiner where station_id = :s").param("s", stationId).update();
		for (SupervisorRef ref : found.values()) {
			this.jdbc.sql("insert into osce_station_examiner (station_id, supervisor_id) values (:s, :v)")
				.param("s", stationId)
				.param("v", ref.id())
				.update();
		}
		bump(examId);
	}

	/**
	 * Lists candidates by student number: trainees of the exam's hospital.
	 */
	@Transactional
	public void addCandidates(long examId, long version, List<String> studentNos) {
		ExamHead head = requireOpen(examId, version);
		addCandidatesOf(head, studentNos);
	}

	@Transactional
	public void addCandidatesForLoader(long examId, List<String> studentNos) {
		addCandidatesOf(head(examId).orElseThrow(), studentNos);
	}

	private void addCandidatesOf(ExamHead head, List<String> studentNos) {
		if (studentNos.isEmpty()) {
			throw new BusinessRuleException("cbt.osce.error.noCandidate");
		}
		Map<String, StudentKey> keys = this.access.students().keysByStudentNo(studentNos);
		for (String studentNo : studentNos) {
			StudentKey key = keys.get(studentNo);
			if (key == null || !head.hospitalCode().equals(key.hospitalCode())) {
				throw new BusinessRuleException("cbt.osce.error.notOfHospital", studentNo);
			}
		}
		for (StudentKey key : keys.values()) {
			this.jdbc.sql("insert into osce_candidate (exam_id, student_id) values (:e, :s) on conflict do nothing")
				.param("e", head.id())
				.param("s", key.id())
				.update();
		}
		bump(head.id());
	}

	/**
	 * Closes the exam: the results stand and no sheet changes any more.
	 * @param confirmed whether the office confirmed that consequence
	 */
	@Transactional
	public void close(long examId, long version, boolean confirmed) {
		ExamHead head = requireOffice(examId);
		if (!confirmed) {
			throw new BusinessRuleException("cbt.osce.error.confirmClose");
		}
		if (head.version() != version) {
			throw new ObjectOptimisticLockingFailureException("osce_exam", examId);
		}
		if (!head.status().canMoveTo(OsceStatus.CLOSED)) {
			throw new BusinessRuleException("cbt.osce.error.closed");
		}
		this.jdbc.sql("update osce_exam set status = :status, version = version + 1 where id = :id")
			.param("status", OsceStatus.CLOSED.name())
			.param("id", examId)
			.update();
	}

	/**
	 * The stations the caller examines, newest exam first.
	 */
	@Transactional(readOnly = true)
	public List<ExaminerStation> myStations() {
		Optional<Long> examiner = examinerId();
		if (examiner.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select e.id as exam_id, e.title as exam_title, e.held_on, e.status, s.id as station_id, s.position,
				       s.title, c.name, c.name_en,
				       (select count(*) from osce_candidate k where k.exam_id = e.id) as candidates,
				       (select count(*) from osce_sheet t where t.station_id = s.id) as entered
				from osce_station_examiner x
				join osce_station s on s.id = x.station_id
				join osce_exam e on e.id = s.exam_id
				join competency c on c.code = s.competency_code
				where x.supervisor_id = :me
				order by e.held_on desc, e.id desc, s.position
				""")
			.param("me", examiner.get())
			.query((rs, row) -> new ExaminerStation(rs.getLong("exam_id"), rs.getString("exam_title"),
					rs.getDate("held_on").toLocalDate(), OsceStatus.valueOf(rs.getString("status")),
					rs.getLong("station_id"), rs.getInt("position"), rs.getString("title"), rs.getString("name"),
					rs.getString("name_en"), rs.getInt("candidates"), rs.getInt("entered")))
			.list();
	}

	/**
	 * The examiner's page of one of their stations, with the chosen candidate's sheet.
	 * @throws AccessDeniedException unless the caller examines this station
	 */
	@Transactional(readOnly = true)
	public StationSheetView sheet(long stationId, String studentNo) {
		long examId = requireExaminer(stationId);
		OsceView exam = view(examId);
		OsceView.Station station = exam.stations()
			.stream()
			.filter((s) -> s.id() == stationId)
			.findFirst()
			.orElseThrow();
		List<StationSheetView.CandidateState> candidates = exam.candidates()
			.stream()
			.map((c) -> new StationSheetView.CandidateState(c.studentNo(), c.name(), c.sheets().containsKey(stationId)))
			.toList();
		Optional<OsceView.Candidate> chosen = exam.candidates()
			.stream()
			.filter((c) -> c.studentNo().equals(studentNo))
			.findFirst();
		if (studentNo != null && chosen.isEmpty()) {
			throw new OsceNotFoundException("candidate " + studentNo);
		}
		Map<Long, Integer> points = new HashMap<>();
		Integer global = null;
		if (chosen.isPresent()) {
			Optional<Map<String, Object>> sheet = this.jdbc
				.sql("select id, global_rating from osce_sheet where station_id = :s and student_id = :st")
				.param("s", stationId)
				.param("st", chosen.get().studentId())
				.query()
				.listOfRows()
				.stream()
				.findFirst();
			if (sheet.isPresent()) {
				global = (Integer) sheet.get().get("global_rating");
				this.jdbc.sql("select item_id, points from osce_sheet_item where sheet_id = :id")
					.param("id", sheet.get().get("id"))
					.query((rs) -> {
						points.put(rs.getLong("item_id"), rs.getInt("points"));
					});
			}
		}
		return new StationSheetView(exam.id(), exam.title(), exam.heldOn(), exam.status().takesSheets(), station,
				candidates, chosen.map(OsceView.Candidate::studentNo).orElse(null),
				chosen.map(OsceView.Candidate::name).orElse(null), points, global);
	}

	/**
	 * Enters (or corrects, while the exam is open) a candidate's sheet at one of the
	 * caller's stations.
	 */
	@Transactional
	public void enter(long stationId, SheetCommand command) {
		long examId = requireExaminer(stationId);
		enterSheet(examId, stationId, command, this.access.current().username());
	}

	@Transactional
	public void enterForLoader(long stationId, SheetCommand command, String by) {
		long examId = this.jdbc.sql("select exam_id from osce_station where id = :s")
			.param("s", stationId)
			.query(Long.class)
			.single();
		enterSheet(examId, stationId, command, by);
	}

	private void enterSheet(long examId, long stationId, SheetCommand command, String by) {
		ExamHead head = head(examId).orElseThrow();
		if (!head.status().takesSheets()) {
			throw new BusinessRuleException("cbt.osce.error.closed");
		}
		OsceView exam = view(examId);
		OsceView.Station station = exam.stations()
			.stream()
			.filter((s) -> s.id() == stationId)
			.findFirst()
			.orElseThrow();
		OsceView.Candidate candidate = exam.candidates()
			.stream()
			.filter((c) -> c.studentNo().equals(command.studentNo()))
			.findFirst()
			.orElseThrow(() -> new OsceNotFoundException("candidate " + command.studentNo()));
		if (command.globalRating() == null || command.globalRating() < 1 || command.globalRating() > 5) {
			throw new BusinessRuleException("cbt.osce.error.globalRating");
		}
		int total = 0;
		for (OsceView.Item item : station.items()) {
			Integer given = command.points().get(item.id());
			if (given == null) {
				throw new BusinessRuleException("cbt.osce.error.itemMissing", item.position());
			}
			if (given < 0 || given > item.points()) {
				throw new BusinessRuleException("cbt.osce.error.itemPoints", item.position(), item.points());
			}
			total += given;
		}
		long sheetId = this.jdbc.sql("""
				insert into osce_sheet (station_id, student_id, global_rating, points, max_points, entered_by)
				values (:s, :st, :g, :p, :m, :by)
				on conflict (station_id, student_id) do update set global_rating = excluded.global_rating,
				    points = excluded.points, max_points = excluded.max_points, entered_by = excluded.entered_by,
				    entered_at = now()
				returning id
				""")
			.param("s", stationId)
			.param("st", candidate.studentId())
			.param("g", command.globalRating())
			.param("p", total)
			.param("m", station.maxPoints())
			.param("by", by)
			.query(Long.class)
			.single();
		this.jdbc.sql("delete from osce_sheet_item where sheet_id = :id").param("id", sheetId).update();
		for (OsceView.Item item : station.items()) {
			this.jdbc.sql("insert into osce_sheet_item (sheet_id, item_id, points) values (:sh, :i, :p)")
				.param("sh", sheetId)
				.param("i", item.id())
				.param("p", command.points().get(item.id()))
				.update();
		}
	}

	/**
	 * OSCE sheets read as levels of each station's competency (the station's percent on
	 * the OSCE's scale).
	 */
	@Override
	public List<Evidence> of(long studentId, List<SourceView> sources) {
		Map<String, SourceView> osce = new HashMap<>();
		sources.stream()
			.filter((s) -> s.kind() == EvidenceKind.OSCE_SHEET)
			.forEach((s) -> osce.put(s.competencyCode(), s));
		List<Evidence> evidence = new ArrayList<>();
		this.jdbc.sql("""
				select e.held_on, s.competency_code, t.points, t.max_points
				from osce_sheet t join osce_station s on s.id = t.station_id join osce_exam e on e.id = s.exam_id
				where t.student_id = :st
				""").param("st", studentId).query((rs) -> {
			SourceView source = osce.get(rs.getString("competency_code"));
			if (source != null) {
				BigDecimal percent = OsceRules.percent(rs.getInt("points"), rs.getInt("max_points"));
				evidence.add(new Evidence(rs.getDate("held_on").toLocalDate(), EvidenceKind.OSCE_SHEET,
						rs.getString("competency_code"), percent,
						LevelReading.level(percent, source.scaleMin(), source.scaleMax())));
			}
		});
		return evidence;
	}

	private OsceView view(long examId) {
		ExamHead head = head(examId).orElseThrow(() -> new OsceNotFoundException("exam " + examId));
		Map<Long, List<OsceView.Item>> items = new HashMap<>();
		this.jdbc.sql("""
				select i.id, i.station_id, i.position, i.text, i.points from osce_checklist_item i
				join osce_station s on s.id = i.station_id where s.exam_id = :e order by i.station_id, i.position
				""").param("e", examId).query((rs) -> {
			items.computeIfAbsent(rs.getLong("station_id"), (k) -> new ArrayList<>())
				.add(new OsceView.Item(rs.getLong("id"), rs.getInt("position"), rs.getString("text"),
						rs.getInt("points")));
		});
		Map<Long, List<Long>> examinerIds = new HashMap<>();
		this.jdbc.sql("""
				select x.station_id, x.supervisor_id from osce_station_examiner x
				join osce_station s on s.id = x.station_id where s.exam_id = :e
				""").param("e", examId).query((rs) -> {
			examinerIds.computeIfAbsent(rs.getLong("station_id"), (k) -> new ArrayList<>())
				.add(rs.getLong("supervisor_id"));
		});
		Map<Long, SupervisorRef> refs = this.supervisors
			.byIds(examinerIds.values().stream().flatMap(List::stream).distinct().toList());
		List<OsceView.Station> stations = this.jdbc.sql("""
				select s.id, s.position, s.competency_code, c.name, c.name_en, s.title, s.pass_percent, s.min_global
				from osce_station s join competency c on c.code = s.competency_code
				where s.exam_id = :e order by s.position
				""").param("e", examId).query((rs, row) -> {
			long id = rs.getLong("id");
			List<OsceView.Item> own = items.getOrDefault(id, List.of());
			return new OsceView.Station(id, rs.getInt("position"), rs.getString("competency_code"),
					rs.getString("name"), rs.getString("name_en"), rs.getString("title"),
					rs.getBigDecimal("pass_percent"), rs.getInt("min_global"),
					own.stream().mapToInt(OsceView.Item::points).sum(), own,
					examinerIds.getOrDefault(id, List.of())
						.stream()
						.map(refs::get)
						.map((r) -> new OsceView.Examiner(r.id(), r.staffNo(), r.name()))
						.toList());
		}).list();
		Map<Long, Map<Long, OsceRules.StationOutcome>> sheets = new HashMap<>();
		Map<Long, OsceView.Station> stationById = new HashMap<>();
		stations.forEach((s) -> stationById.put(s.id(), s));
		this.jdbc.sql("""
				select t.station_id, t.student_id, t.points, t.max_points, t.global_rating from osce_sheet t
				join osce_station s on s.id = t.station_id where s.exam_id = :e
				""").param("e", examId).query((rs) -> {
			OsceView.Station station = stationById.get(rs.getLong("station_id"));
			sheets.computeIfAbsent(rs.getLong("student_id"), (k) -> new LinkedHashMap<>())
				.put(station.id(), OsceRules.station(rs.getInt("points"), rs.getInt("max_points"),
						rs.getInt("global_rating"), station.passPercent(), station.minGlobal()));
		});
		List<Long> candidateIds = this.jdbc.sql("select student_id from osce_candidate where exam_id = :e")
			.param("e", examId)
			.query(Long.class)
			.list();
		var cards = this.access.students().cardsByIds(candidateIds);
		List<OsceView.Candidate> candidates = candidateIds.stream()
			.map(cards::get)
			.sorted(java.util.Comparator.comparing(com.clinigrad.students.StudentCard::studentNo))
			.map((card) -> {
				Map<Long, OsceRules.StationOutcome> own = sheets.getOrDefault(card.id(), Map.of());
				return new OsceView.Candidate(card.id(), card.studentNo(), card.name(), own,
						OsceRules.exam(List.copyOf(own.values()), stations.size(), head.overallPassPercent(),
								head.minStationsPassedPercent()));
			})
			.toList();
		return new OsceView(head.id(), head.hospitalCode(), head.hospitalName(), head.programCode(), head.title(),
				head.heldOn(), head.overallPassPercent(), head.minStationsPassedPercent(), head.status(),
				head.version(), stations, candidates);
	}

	private record ExamHead(long id, String hospitalCode, String hospitalName, String programCode, String title,
			LocalDate heldOn, BigDecimal overallPassPercent, BigDecimal minStationsPassedPercent, OsceStatus status,
			long version) {
	}

	private Optional<ExamHead> head(long examId) {
		return this.jdbc.sql("""
				select e.*, h.code as hospital_code, h.name as hospital_name
				from osce_exam e join hospital h on h.id = e.hospital_id where e.id = :id
				""")
			.param("id", examId)
			.query((rs, row) -> new ExamHead(rs.getLong("id"), rs.getString("hospital_code"),
					rs.getString("hospital_name"), rs.getString("program_code"), rs.getString("title"),
					rs.getDate("held_on").toLocalDate(), rs.getBigDecimal("overall_pass_percent"),
					rs.getBigDecimal("min_stations_passed_percent"), OsceStatus.valueOf(rs.getString("status")),
					rs.getLong("version")))
			.optional();
	}

	/**
	 * @throws OsceNotFoundException unless the caller is graduate-school staff or the
	 * office of the exam's hospital
	 */
	private ExamHead requireOffice(long examId) {
		ExamHead head = head(examId).orElseThrow(() -> new OsceNotFoundException("exam " + examId));
		CurrentUser user = this.access.current();
		if (!user.hasAny(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE)) {
			throw new AccessDeniedException("OSCE set-up is for the offices");
		}
		if (!user.has(Role.GRAD_SCHOOL) && !user.isOfficeOf(head.hospitalCode())) {
			throw new OsceNotFoundException("exam " + examId);
		}
		return head;
	}

	private ExamHead requireOpen(long examId, long version) {
		ExamHead head = requireOffice(examId);
		if (head.version() != version) {
			throw new ObjectOptimisticLockingFailureException("osce_exam", examId);
		}
		if (!head.status().takesSheets()) {
			throw new BusinessRuleException("cbt.osce.error.closed");
		}
		return head;
	}

	private void stationOf(long examId, long stationId) {
		if (this.jdbc.sql("select count(*) from osce_station where id = :s and exam_id = :e")
			.param("s", stationId)
			.param("e", examId)
			.query(Integer.class)
			.single() == 0) {
			throw new OsceNotFoundException("station " + stationId);
		}
	}

	private void bump(long examId) {
		this.jdbc.sql("update osce_exam set version = version + 1 where id = :id").param("id", examId).update();
	}

	private Optional<Long> examinerId() {
		CurrentUser user = this.access.current();
		if (user.staffNo() == null) {
			return Optional.empty();
		}
		return this.supervisors.byStaffNo(user.staffNo()).map(SupervisorRef::id);
	}

	/**
	 * @return the station's exam
	 * @throws AccessDeniedException unless the caller is an examiner of the station
	 */
	private long requireExaminer(long stationId) {
		Long examId = this.jdbc.sql("select exam_id from osce_station where id = :s")
			.param("s", stationId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new OsceNotFoundException("station " + stationId));
		Optional<Long> examiner = examinerId();
		boolean assigned = examiner.isPresent() && this.jdbc
			.sql("select count(*) from osce_station_examiner where station_id = :s and supervisor_id = :v")
			.param("s", stationId)
			.param("v", examiner.get())
			.query(Integer.class)
			.single() > 0;
		if (!assigned) {
			throw new AccessDeniedException("Not an examiner of station " + stationId);
		}
		return examId;
	}

}
