package com.clinigrad.exams;

import java.io.Serializable;

/**
 * One problem of an imported question file, where the office finds it.
 *
 * @param row the spreadsheet row (1 is the header)
 * @param column the column's name as the template spells it
 * @param value the cell as read
 * @param messageKey why, as a message key with {@code argument}
 */
public record RowError(int row, String column, String value, String messageKey,
		String argument) implements Serializable {
}
