package com.clinigrad.imports;

import java.io.Serializable;

/**
 * One problem of an import file, at the spreadsheet position an office can find it.
 *
 * @param row the spreadsheet row: 1 is the header, 2 the first data row; 0 for the file
 * or request as a whole
 * @param column the column name as the contract spells it, empty when no column applies
 * @param value the cell's content as read (trimmed), empty when blank or absent
 * @param message why, in the caller's language
 */
public record ImportError(int row, String column, String value, String message) implements Serializable {
}
