/**
 * How modules tell each other what happened to students' records: past-tense events,
 * collected per transaction where one change touches many students.
 */
package com.clinigrad.shared.events;
