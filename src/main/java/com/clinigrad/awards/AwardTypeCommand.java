package com.clinigrad.awards;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;

/**
 * An award type's values as the graduate school edits them.
 *
 * @param levelAmounts the amount per recognised hardship level, for a hardship grant or
 * tuition reduction (ignored for other types)
 */
public record AwardTypeCommand(String name, String nameEn, BigDecimal amount, boolean atLeast,
		BigDecimal amountAfterMidterm, AmountUnit unit, Integer months, List<DegreeType> degreeTypes,
		AdmissionType admissionType, boolean firstYearOnly, Allocation allocation, BigDecimal quotaPercent,
		Integer quotaCount, Map<HardshipLevel, BigDecimal> levelAmounts) {
}
