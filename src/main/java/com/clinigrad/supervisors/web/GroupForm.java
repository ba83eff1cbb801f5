package com.clinigrad.supervisors.web;

import java.util.Arrays;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.clinigrad.supervisors.GroupCommand;
import com.clinigrad.supervisors.GroupView;

/**
 * A supervisor group as the graduate school or a hospital office enters it; the members
 * besides the leader by staff number, one a line (or separated by commas or spaces).
 */
class GroupForm {

	@NotBlank
	@Size(max = 40)
	private String code;

	@NotBlank
	@Size(max = 200)
	private String name;

	private String hospitalCode;

	@NotBlank
	private String leaderStaffNo;

	@Size(max = 4000)
	private String memberStaffNos;

	private long version;

	static GroupForm of(GroupView group) {
		GroupForm form = new GroupForm();
		form.code = group.code();
		form.name = group.name();
		form.hospitalCode = (group.hospital() != null) ? group.hospital().code() : null;
		form.leaderStaffNo = group.leader().staffNo();
		form.memberStaffNos = group.otherMemberStaffNos();
		form.version = group.version();
		return form;
	}

	GroupCommand toCommand() {
		String members = (this.memberStaffNos != null) ? this.memberStaffNos : "";
		return new GroupCommand(this.code.trim(), this.name.trim(),
				(this.hospitalCode == null || this.hospitalCode.isBlank()) ? null : this.hospitalCode.trim(),
				this.leaderStaffNo.trim(),
				Arrays.stream(members.split("[\\s,，、;；]+")).filter((s) -> !s.isBlank()).toList());
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getHospitalCode() {
		return this.hospitalCode;
	}

	public void setHospitalCode(String hospitalCode) {
		this.hospitalCode = hospitalCode;
	}

	public String getLeaderStaffNo() {
		return this.leaderStaffNo;
	}

	public void setLeaderStaffNo(String leaderStaffNo) {
		this.leaderStaffNo = leaderStaffNo;
	}

	public String getMemberStaffNos() {
		return this.memberStaffNos;
	}

	public void setMemberStaffNos(String memberStaffNos) {
		this.memberStaffNos = memberStaffNos;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
