package com.clinigrad.shared.tasks;

import java.util.List;

/**
 * What waits for the person signed in, as one module knows it: each module that owns a
 * piece of work (a waiver to decide, a review to write, an exam to record) answers for
 * its own records and only for the roles that may open the page the task links to. The
 * home page lists the answers of every module as that person's to-do list.
 */
public interface WaitingWork {

	/**
	 * @return the caller's tasks with something waiting (a count above zero), for pages
	 * the caller may open
	 */
	List<WaitingTask> forCaller();

}
