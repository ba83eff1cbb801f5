package com.clinigrad.mentoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as the mentor logs it: the mentees present by student number.
 */
public record MeetingCommand(LocalDate heldOn, String topic, int minutes, List<String> present, String notes) {
}
