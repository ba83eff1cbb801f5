/**
 * Supervisors (导师): title level, master's and doctoral supervisor qualifications,
 * internal or external institution, hospital and degree-committee membership, with the
 * full history of every edit. The students each supervises come from the students module
 * through {@link com.clinigrad.supervisors.SupervisedStudents}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "organization" })
package com.clinigrad.supervisors;
