package com.clinigrad.competency;

/**
 * A period to add to a plan.
 */
public record PeriodCommand(Integer year, PlanPhase phase, String title, Integer months, String reason) {
}
