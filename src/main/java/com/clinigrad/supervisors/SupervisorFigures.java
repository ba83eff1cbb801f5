package com.clinigrad.supervisors;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.supervisors.QualificationRegister.QualificationHolders;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor figures of the annual report (导师队伍, PUMC tables 2 and 3): who held the
 * master's and the doctoral supervisor qualification in a year
 * ({@link QualificationRegister#holders}), the holders by title level and age band, and
 * the student : supervisor ratio. Narrowed to a program, the supervisors are those of the
 * program's students. Graduate-school staff and the degree committee.
 */
@Service
public class SupervisorFigures {

	private final QualificationRegister register;

	private final SupervisorRepository supervisors;

	private final ObjectProvider<SupervisedStudents> students;

	private final CurrentUsers currentUsers;

	private final Organization organization;

	SupervisorFigures(QualificationRegister register, SupervisorRepository supervisors,
			ObjectProvider<SupervisedStudents> students, CurrentUsers currentUsers, Organization organization) {
		this.register = register;
		this.supervisors = supervisors;
		this.students = students;
		this.currentUsers = currentUsers;
		this.organization = organization;
	}

	/**
	 * @return the programs the figures may be narrowed to
	 */
	public List<ProgramRef> programs() {
		return this.organization.programs();
	}

	/**
	 * @param year the report's year
	 * @param programCode a program to narrow to, or {@code null} for the university
	 */
	@Transactional(readOnly = true)
	public SupervisorCounts of(int year, String programCode) {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE);
		QualificationHolders holders = this.register.holders(year);
		Set<Long> master = new HashSet<>(holders.master());
		Set<Long> doctoral = new HashSet<>(holders.doctoral());
		SupervisedStudents source = this.students.getIfAvailable();
		if (programCode != null) {
			Set<Long> ofProgram = (source != null) ? source.supervisorsOfProgram(programCode) : Set.of();
			master.retainAll(ofProgram);
			doctoral.retainAll(ofProgram);
		}
		long inTraining = (source != null) ? source.inTrainingCount(programCode) : 0;
		return count(year, programCode, master, doctoral, inTraining);
	}

	/**
	 * The figures of these supervisors (the supervisors of the students a report counts,
	 * e.g. a hospital's), without a caller check: the caller chose the students.
	 * @param staffNos the supervisors to count, those holding a qualification in the year
	 * @param studentsInTraining the students in training the ratio is of
	 */
	@Transactional(readOnly = true)
	public SupervisorCounts ofStaff(int year, String programCode, Collection<String> staffNos,
			long studentsInTraining) {
		QualificationHolders holders = this.register.holders(year);
		Set<Long> chosen = new HashSet<>();
		if (!staffNos.isEmpty()) {
			this.supervisors.findByStaffNoIn(staffNos).forEach((supervisor) -> chosen.add(supervisor.getId()));
		}
		Set<Long> master = new HashSet<>(holders.master());
		Set<Long> doctoral = new HashSet<>(holders.doctoral());
		master.retainAll(chosen);
		doctoral.retainAll(chosen);
		return count(year, programCode, master, doctoral, studentsInTraining);
	}

	private SupervisorCounts count(int year, String programCode, Set<Long> master, Set<Long> doctoral,
			long inTraining) {
		Set<Long> either = new HashSet<>(master);
		either.addAll(doctoral);
		Map<TitleLevel, Map<AgeBand, Long>> table = new EnumMap<>(TitleLevel.class);
		for (TitleLevel title : TitleLevel.values()) {
			Map<AgeBand, Long> bands = new EnumMap<>(AgeBand.class);
			for (AgeBand band : AgeBand.values()) {
				bands.put(band, 0L);
			}
			table.put(title, bands);
		}
		long withoutBirthYear = 0;
		for (Supervisor supervisor : findAll(either)) {
			SupervisorRef person = supervisor.toRef();
			if (person.birthYear() == null || person.titleLevel() == null) {
				withoutBirthYear++;
				continue;
			}
			table.get(person.titleLevel()).merge(AgeBand.of(year - person.birthYear()), 1L, Long::sum);
		}
		return new SupervisorCounts(year, programCode, master.size(), doctoral.size(), either.size(), table,
				withoutBirthYear, inTraining);
	}

	private Iterable<Supervisor> findAll(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.supervisors.findAllById(ids);
	}

}
