package com.clinigrad.courses;

/**
 * One student's anonymous evaluation of an offering: five ratings from 1 to 5 and an
 * optional comment.
 */
public record EvaluationCommand(int content, int teaching, int organization, int workload, int overall,
		String comment) {
}
