package com.clinigrad.eligibility.rules;

/**
 * A waiver as the rules see it: an approved exception, in force on the audit's day, on
 * one check of one student — who approved it and why. (The request with its approval
 * chain is the module's {@code Waiver} aggregate.)
 */
public record WaiverInForce(String approvedBy, String reason) {
}
