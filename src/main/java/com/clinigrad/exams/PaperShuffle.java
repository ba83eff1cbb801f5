package com.clinigrad.exams;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order a candidate sees: the sitting's one paper with its questions and each
 * question's options shuffled by the candidate's stored seed, so a reload (or the marker,
 * later) sees the same order and two neighbours do not.
 */
public final class PaperShuffle {

	private PaperShuffle() {
	}

	/**
	 * @return the items in the candidate's order (a new list)
	 */
	public static <T> List<T> questions(List<T> paper, long seed) {
		List<T> order = new ArrayList<>(paper);
		Collections.shuffle(order, new Random(seed));
		return order;
	}

	/**
	 * @return the options of one question in the candidate's order (a new list)
	 */
	public static <T> List<T> options(List<T> options, long seed, long questionId) {
		List<T> order = new ArrayList<>(options);
		Collections.shuffle(order, new Random(seed * 31 + questionId));
		return order;
	}

}
