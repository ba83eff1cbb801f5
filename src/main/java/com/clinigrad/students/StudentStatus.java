package com.clinigrad.students;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A student's status (学籍状态, DOMAIN §7) and the changes it allows. The six codes of the
 * exchange format plus 毕业不授学位 and 缓授学位.
 */
public enum StudentStatus {

	/** 在读. */
	ENROLLED,
	/** 延期 — one year at a time; no scholarship or stipend while delayed. */
	DELAYED,
	/** 毕业并授予学位. */
	GRADUATED,
	/** 毕业不授学位. */
	GRADUATED_NO_DEGREE,
	/** 缓授学位. */
	DEGREE_DEFERRED,
	/** 结业. */
	COMPLETED_NO_DEGREE,
	/** 转学术型. */
	TRANSFERRED_ACADEMIC,
	/** 退学. */
	WITHDRAWN;

	/** In training (在读): enrolled or delayed. */
	public static final Set<StudentStatus> IN_TRAINING = EnumSet.of(ENROLLED, DELAYED);

	/** Still waiting for a degree decision: in training or with the degree deferred. */
	public static final Set<StudentStatus> AWAITING_DEGREE = EnumSet.of(ENROLLED, DELAYED, DEGREE_DEFERRED);

	/**
	 * @return the statuses' names, to bind as an SQL parameter
	 */
	public static List<String> names(Set<StudentStatus> statuses) {
		return statuses.stream().map(StudentStatus::name).sorted().toList();
	}

	private static final Set<StudentStatus> LEAVING = EnumSet.of(GRADUATED, GRADUATED_NO_DEGREE, DEGREE_DEFERRED,
			COMPLETED_NO_DEGREE, TRANSFERRED_ACADEMIC, WITHDRAWN);

	/**
	 * @return the statuses this one may change to
	 */
	public Set<StudentStatus> next() {
		return switch (this) {
			case ENROLLED -> EnumSet.of(DELAYED, GRADUATED, GRADUATED_NO_DEGREE, DEGREE_DEFERRED, COMPLETED_NO_DEGREE,
					TRANSFERRED_ACADEMIC, WITHDRAWN);
			case DELAYED -> {
				Set<StudentStatus> next = EnumSet.copyOf(LEAVING);
				next.add(DELAYED);
				yield next;
			}
			case DEGREE_DEFERRED -> EnumSet.of(GRADUATED, GRADUATED_NO_DEGREE);
			default -> EnumSet.noneOf(StudentStatus.class);
		};
	}

	public boolean canChangeTo(StudentStatus target) {
		return next().contains(target);
	}

	/**
	 * @return whether the student is still in training (enrolled or delayed)
	 */
	public boolean active() {
		return this == ENROLLED || this == DELAYED;
	}

	public String messageKey() {
		return "studentStatus." + name();
	}

}
