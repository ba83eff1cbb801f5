package com.clinigrad.calendar;

import com.clinigrad.shared.NotFoundException;

/**
 * No feed answers to that address: it never existed, was reset or stopped, or its
 * holder's account is disabled. The same answer in every case, so that an address reveals
 * nothing.
 */
public class CalendarFeedNotFoundException extends NotFoundException {

	CalendarFeedNotFoundException() {
		super("Calendar feed");
	}

}
