package com.clinigrad.eligibility.rules;

/**
 * An approved exception on one check of one student: who approved it and why.
 */
public record Waiver(String approvedBy, String reason) {
}
