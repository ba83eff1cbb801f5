package com.clinigrad.theses;

/**
 * A blind-review verdict ({@code AGREE}, {@code AGREE_AFTER_REVISION}, {@code DISAGREE}).
 * The reviewer's staff number is for the office only: pages for students and supervisors
 * must not show it.
 */
public record ReviewView(String reviewerStaffNo, String verdict) {
}
