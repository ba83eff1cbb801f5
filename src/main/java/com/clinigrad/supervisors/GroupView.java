package com.clinigrad.supervisors;

import java.time.Instant;
import java.util.List;

import com.clinigrad.organization.HospitalRef;

/**
 * A supervisor group as the pages show it.
 *
 * @param hospital the group's hospital, {@code null} for a university-wide group
 * @param members every member, the leader first
 */
public record GroupView(long id, String code, String name, HospitalRef hospital, SupervisorRef leader,
		List<Member> members, String updatedBy, Instant updatedAt, long version) {

	/**
	 * @return the members' staff numbers besides the leader, one a line (for the form)
	 */
	public String otherMemberStaffNos() {
		return String.join("\n",
				this.members.stream()
					.filter((m) -> m.supervisor().id() != this.leader.id())
					.map((m) -> m.supervisor().staffNo())
					.toList());
	}

	/**
	 * A member with what the title rule looks at.
	 *
	 * @param highestDegree the highest degree on record, {@code null} when none is
	 * @param meetsRule whether the member meets today's title rule
	 */
	public record Member(SupervisorRef supervisor, HighestDegree highestDegree, boolean meetsRule) {
	}

}
