package com.clinigrad.supervisors;

import java.util.List;

/**
 * What the graduate school or a hospital office gives for a supervisor group.
 *
 * @param hospitalCode the group's hospital, {@code null} for a university-wide group
 * @param memberStaffNos the members besides the leader
 */
public record GroupCommand(String code, String name, String hospitalCode, String leaderStaffNo,
		List<String> memberStaffNos) {
}
