package com.clinigrad.supervisors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.reads.Read;
import com.clinigrad.shared.reads.Reads;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervisor groups (导师组): the graduate school creates and edits any group, a hospital
 * office the groups of its hospital; every member meets the title rule of the rule set in
 * force (a senior title, or an associate-senior title with a doctorate), or the group is
 * refused with the rule named. Groups are seen by the university-wide roles, the office
 * of the group's hospital and the group's own members.
 */
@Service
@Transactional(readOnly = true)
public class SupervisorGroups {

	private final SupervisorGroupRepository groups;

	private final SupervisorDirectory directory;

	private final QualificationRegister register;

	private final Organization organization;

	private final CurrentUsers currentUsers;

	private final JdbcClient jdbc;

	private final ObjectProvider<SupervisedStudents> supervisedStudents;

	private final Reads reads;

	SupervisorGroups(SupervisorGroupRepository groups, SupervisorDirectory directory, QualificationRegister register,
			Organization organization, CurrentUsers currentUsers, JdbcClient jdbc,
			ObjectProvider<SupervisedStudents> supervisedStudents, Reads reads) {
		this.reads = reads;
		this.groups = groups;
		this.directory = directory;
		this.register = register;
		this.organization = organization;
		this.currentUsers = currentUsers;
		this.jdbc = jdbc;
		this.supervisedStudents = supervisedStudents;
	}

	/**
	 * @return the groups the caller may see, by code
	 * @throws AccessDeniedException for a caller whose roles see no groups
	 */
	public List<GroupView> visible() {
		CurrentUser user = this.currentUsers.current();
		if (!user.universityWide() && !user.has(Role.HOSPITAL_OFFICE) && !user.has(Role.SUPERVISOR)) {
			throw new AccessDeniedException("No supervisor groups in scope");
		}
		List<SupervisorGroup> all = this.groups.findAll();
		Long ownHospital = ownHospitalId(user);
		Long ownSupervisor = ownSupervisorId(user);
		return views(all.stream()
			.filter((g) -> mayRead(user, g, ownHospital, ownSupervisor))
			.sorted(Comparator.comparing(SupervisorGroup::getCode))
			.toList());
	}

	/**
	 * A group, its members with what the title rule looks at, and its students as the
	 * caller may see them.
	 * @throws GroupNotFoundException when there is no such group or the caller may not
	 * see it
	 */
	public GroupDetail detail(String code) {
		SupervisorGroup group = readable(code);
		SupervisedStudents source = this.supervisedStudents.getIfAvailable();
		return new GroupDetail(views(List.of(group)).get(0),
				(source != null) ? source.ofGroup(group.getId()) : List.of(), mayEdit(group.getHospitalId()), rule());
	}

	/**
	 * @return whether the caller may create groups at all (the graduate school, a
	 * hospital office)
	 */
	public boolean mayCreate() {
		CurrentUser user = this.currentUsers.current();
		return user.has(Role.GRAD_SCHOOL) || (user.has(Role.HOSPITAL_OFFICE) && user.hospitalCode() != null);
	}

	/**
	 * The group as its edit form starts from; only for those who may edit it.
	 */
	public GroupView forEdit(String code) {
		SupervisorGroup group = readable(code);
		if (!mayEdit(group.getHospitalId())) {
			throw new AccessDeniedException("Not the group's office");
		}
		return views(List.of(group)).get(0);
	}

	/**
	 * Creates a group; the graduate school, or a hospital office for its own hospital.
	 * @throws BusinessRuleException when the code is taken, a staff number is unknown or
	 * a member does not meet the title rule
	 */
	@Transactional
	public String create(GroupCommand command) {
		CurrentUser user = requireEditor();
		Long hospitalId = hospitalId(command);
		if (!mayEdit(hospitalId)) {
			throw new BusinessRuleException("supervisorGroup.error.ownHospitalOnly");
		}
		return createAs(command, user.username());
	}

	/**
	 * Creates a group for trusted code (the demo data); no caller check, the same rules.
	 */
	@Transactional
	public String createAs(GroupCommand command, String by) {
		if (this.groups.findByCode(command.code().trim()).isPresent()) {
			throw new BusinessRuleException("supervisorGroup.error.codeTaken", command.code());
		}
		SupervisorGroup group = new SupervisorGroup(command.code().trim(), by);
		apply(group, command, hospitalId(command), by);
		this.groups.save(group);
		return group.getCode();
	}

	/**
	 * Edits a group; the graduate school, or the office of the group's hospital.
	 */
	@Transactional
	public void edit(String code, long version, GroupCommand command) {
		CurrentUser user = requireEditor();
		SupervisorGroup group = readable(code);
		if (!mayEdit(group.getHospitalId())) {
			throw new AccessDeniedException("Not the group's office");
		}
		if (group.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(SupervisorGroup.class, code);
		}
		Long hospitalId = hospitalId(command);
		if (!mayEdit(hospitalId)) {
			throw new BusinessRuleException("supervisorGroup.error.ownHospitalOnly");
		}
		apply(group, command, hospitalId, user.username());
	}

	/**
	 * @return the group with this code, without a caller check (the student record shows
	 * and checks the group it names)
	 */
	public Optional<GroupRef> byCode(String code) {
		return this.groups.findByCode(code).map(SupervisorGroups::ref);
	}

	/**
	 * @return the groups with these ids, without a caller check
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<Long, GroupRef> byIds(Collection<Long> ids) {
		return this.reads.one(byIdsRead(ids));
	}

	/**
	 * @return the read of {@link #byIds(Collection)} (code and name, without loading the
	 * groups), to run with other reads
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Read<Map<Long, GroupRef>> byIdsRead(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Read.nothing(Map.of());
		}
		return Read.of("select id, code, name from supervisor_group where id in (:ids)", Map.of("ids", ids), (rs) -> {
			Map<Long, GroupRef> refs = new HashMap<>();
			while (rs.next()) {
				refs.put(rs.getLong("id"), new GroupRef(rs.getLong("id"), rs.getString("code"), rs.getString("name")));
			}
			return refs;
		});
	}

	private static GroupRef ref(SupervisorGroup group) {
		return new GroupRef(group.getId(), group.getCode(), group.getName());
	}

	/**
	 * @return today's title rule
	 */
	public GroupTitleRule rule() {
		return this.register.rules(SchoolTime.today().getYear()).groupTitleRule();
	}

	private Long hospitalId(GroupCommand command) {
		if (command.hospitalCode() == null || command.hospitalCode().isBlank()) {
			return null;
		}
		return this.organization.hospitalByCode(command.hospitalCode().trim())
			.map(HospitalRef::id)
			.orElseThrow(() -> new BusinessRuleException("supervisor.error.unknownHospital", command.hospitalCode()));
	}

	private void apply(SupervisorGroup group, GroupCommand command, Long hospitalId, String by) {
		Set<String> staffNos = new LinkedHashSet<>();
		staffNos.add(command.leaderStaffNo().trim());
		command.memberStaffNos().stream().map(String::trim).filter((s) -> !s.isEmpty()).forEach(staffNos::add);
		Map<String, SupervisorRef> found = this.directory.byStaffNos(staffNos);
		for (String staffNo : staffNos) {
			if (!found.containsKey(staffNo)) {
				throw new BusinessRuleException("student.error.unknownSupervisor", staffNo);
			}
		}
		GroupTitleRule rule = rule();
		Map<Long, HighestDegree> degrees = highestDegrees(found.values().stream().map(SupervisorRef::id).toList());
		for (String staffNo : staffNos) {
			SupervisorRef member = found.get(staffNo);
			if (!rule.admits(member.titleLevel(), degrees.get(member.id()))) {
				throw new BusinessRuleException("supervisorGroup.error.titleRule", member.name(), staffNo);
			}
		}
		Set<Long> memberIds = new LinkedHashSet<>();
		staffNos.forEach((s) -> memberIds.add(found.get(s).id()));
		group.apply(command.name().trim(), hospitalId, found.get(command.leaderStaffNo().trim()).id(), memberIds, by);
	}

	/**
	 * @return the highest degree on record of each supervisor (from their qualifications
	 * and applications); missing when none is recorded
	 */
	Map<Long, HighestDegree> highestDegrees(Collection<Long> supervisorIds) {
		Map<Long, HighestDegree> degrees = new HashMap<>();
		if (supervisorIds.isEmpty()) {
			return degrees;
		}
		this.jdbc.sql("""
				select supervisor_id, highest_degree from supervisor_qualification
				where supervisor_id in (:ids) and highest_degree is not null
				union
				select supervisor_id, highest_degree from qualification_application where supervisor_id in (:ids)
				""").param("ids", supervisorIds).query((rs) -> {
			HighestDegree degree = HighestDegree.valueOf(rs.getString("highest_degree"));
			degrees.merge(rs.getLong("supervisor_id"), degree, (a, b) -> a.atLeast(b) ? a : b);
		});
		return degrees;
	}

	private List<GroupView> views(List<SupervisorGroup> groups) {
		Set<Long> ids = new HashSet<>();
		groups.forEach((g) -> ids.addAll(g.getMemberIds()));
		groups.forEach((g) -> ids.add(g.getLeaderId()));
		Map<Long, SupervisorRef> supervisors = this.directory.byIds(ids);
		Map<Long, HighestDegree> degrees = highestDegrees(ids);
		Map<Long, HospitalRef> hospitals = this.organization.hospitalsById();
		GroupTitleRule rule = rule();
		List<GroupView> views = new ArrayList<>();
		for (SupervisorGroup group : groups) {
			List<GroupView.Member> members = new ArrayList<>();
			SupervisorRef leader = supervisors.get(group.getLeaderId());
			members.add(member(leader, degrees, rule));
			group.getMemberIds()
				.stream()
				.filter((id) -> id != group.getLeaderId())
				.map(supervisors::get)
				.filter(Objects::nonNull)
				.sorted(Comparator.comparing(SupervisorRef::staffNo))
				.forEach((s) -> members.add(member(s, degrees, rule)));
			views.add(new GroupView(group.getId(), group.getCode(), group.getName(),
					(group.getHospitalId() != null) ? hospitals.get(group.getHospitalId()) : null, leader, members,
					group.getUpdatedBy(), group.getUpdatedAt(), group.getVersion()));
		}
		return views;
	}

	private static GroupView.Member member(SupervisorRef supervisor, Map<Long, HighestDegree> degrees,
			GroupTitleRule rule) {
		HighestDegree degree = degrees.get(supervisor.id());
		return new GroupView.Member(supervisor, degree, rule.admits(supervisor.titleLevel(), degree));
	}

	private SupervisorGroup readable(String code) {
		CurrentUser user = this.currentUsers.current();
		SupervisorGroup group = this.groups.findByCode(code).orElseThrow(() -> new GroupNotFoundException(code));
		if (!mayRead(user, group, ownHospitalId(user), ownSupervisorId(user))) {
			throw new GroupNotFoundException(code);
		}
		return group;
	}

	/**
	 * Whether the current user may open the group's page ({@link #detail}), for the pages
	 * that name it: a name links only where its reader may follow it.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public boolean mayOpen(GroupRef ref) {
		CurrentUser user = this.currentUsers.current();
		if (user.universityWide()) {
			return true;
		}
		Long ownHospital = ownHospitalId(user);
		Long ownSupervisor = ownSupervisorId(user);
		if (ownHospital == null && ownSupervisor == null) {
			return false;
		}
		return this.groups.findWithMembersById(ref.id())
			.map((group) -> mayRead(user, group, ownHospital, ownSupervisor))
			.orElse(false);
	}

	/**
	 * The one scope check of a group's page: university-wide roles, the office of the
	 * group's hospital, its members.
	 */
	private static boolean mayRead(CurrentUser user, SupervisorGroup group, Long ownHospital, Long ownSupervisor) {
		return user.universityWide() || (ownHospital != null && ownHospital.equals(group.getHospitalId()))
				|| (ownSupervisor != null && group.getMemberIds().contains(ownSupervisor));
	}

	private boolean mayEdit(Long groupHospitalId) {
		CurrentUser user = this.currentUsers.current();
		if (user.has(Role.GRAD_SCHOOL)) {
			return true;
		}
		Long ownHospital = ownHospitalId(user);
		return ownHospital != null && ownHospital.equals(groupHospitalId);
	}

	private CurrentUser requireEditor() {
		return this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
	}

	private Long ownHospitalId(CurrentUser user) {
		return this.directory.officeHospitalId(user);
	}

	private Long ownSupervisorId(CurrentUser user) {
		if (!user.has(Role.SUPERVISOR) || user.staffNo() == null) {
			return null;
		}
		return this.directory.byStaffNo(user.staffNo()).map(SupervisorRef::id).orElse(null);
	}

	/**
	 * A group with its students and whether the caller may edit it.
	 */
	public record GroupDetail(GroupView group, List<SupervisedStudents.SupervisedStudent> students, boolean editable,
			GroupTitleRule rule) {
	}

}
