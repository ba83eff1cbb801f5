package com.clinigrad.theses;

/**
 * A blind-review verdict. The reviewer's staff number is for the office only: pages for
 * students and supervisors must not show it.
 */
public record ReviewView(String reviewerStaffNo, ReviewVerdict verdict) {
}
