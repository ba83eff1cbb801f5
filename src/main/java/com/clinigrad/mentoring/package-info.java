/**
 * Peer mentoring (高带低, DOMAIN §9): the graduate school or a hospital office pairs a
 * senior student (doctoral, or a master's student in the last year of the program) with
 * up to a configured number of junior master's students per term; the mentor logs the
 * meetings, each mentee present gives a short feedback, the office reads it, the mentor
 * only its average from a minimum number of answers. Answers the awards module's
 * {@link com.clinigrad.awards.PeerMentoringRecords} for the comprehensive evaluation.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "accounts", "students", "organization", "awards" })
package com.clinigrad.mentoring;
