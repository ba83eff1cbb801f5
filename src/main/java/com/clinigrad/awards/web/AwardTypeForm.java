package com.clinigrad.awards.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.awards.Allocation;
import com.clinigrad.awards.AmountUnit;
import com.clinigrad.awards.AwardTypeCommand;
import com.clinigrad.awards.AwardTypeView;
import com.clinigrad.awards.HardshipLevel;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An award type's amount, period, eligible population and quota, as the graduate school
 * edits them.
 */
class AwardTypeForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String name;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String nameEn;

	@DecimalMin(value = "0", message = "{award.validation.amount}")
	private BigDecimal amount;

	private boolean atLeast;

	@DecimalMin(value = "0", message = "{award.validation.amount}")
	private BigDecimal amountAfterMidterm;

	@NotNull(message = "{validation.required}")
	private AmountUnit unit;

	@Min(value = 1, message = "{award.validation.months}")
	@Max(value = 12, message = "{award.validation.months}")
	private Integer months;

	private List<DegreeType> degreeTypes = new ArrayList<>();

	private AdmissionType admissionType;

	private boolean firstYearOnly;

	@NotNull(message = "{validation.required}")
	private Allocation allocation;

	@DecimalMin(value = "0.01", message = "{award.validation.quotaPercent}")
	@DecimalMax(value = "100", message = "{award.validation.quotaPercent}")
	private BigDecimal quotaPercent;

	@Min(value = 0, message = "{award.validation.quotaCount}")
	private Integer quotaCount;

	private BigDecimal specialAmount;

	private BigDecimal generalAmount;

	private long version;

	public BigDecimal getSpecialAmount() {
		return this.specialAmount;
	}

	public void setSpecialAmount(BigDecimal specialAmount) {
		this.specialAmount = specialAmount;
	}

	public BigDecimal getGeneralAmount() {
		return this.generalAmount;
	}

	public void setGeneralAmount(BigDecimal generalAmount) {
		this.generalAmount = generalAmount;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public boolean isAtLeast() {
		return this.atLeast;
	}

	public void setAtLeast(boolean atLeast) {
		this.atLeast = atLeast;
	}

	public BigDecimal getAmountAfterMidterm() {
		return this.amountAfterMidterm;
	}

	public void setAmountAfterMidterm(BigDecimal amountAfterMidterm) {
		this.amountAfterMidterm = amountAfterMidterm;
	}

	public AmountUnit getUnit() {
		return this.unit;
	}

	public void setUnit(AmountUnit unit) {
		this.unit = unit;
	}

	public Integer getMonths() {
		return this.months;
	}

	public void setMonths(Integer months) {
		this.months = months;
	}

	public List<DegreeType> getDegreeTypes() {
		return this.degreeTypes;
	}

	public void setDegreeTypes(List<DegreeType> degreeTypes) {
		this.degreeTypes = degreeTypes;
	}

	public AdmissionType getAdmissionType() {
		return this.admissionType;
	}

	public void setAdmissionType(AdmissionType admissionType) {
		this.admissionType = admissionType;
	}

	public boolean isFirstYearOnly() {
		return this.firstYearOnly;
	}

	public void setFirstYearOnly(boolean firstYearOnly) {
		this.firstYearOnly = firstYearOnly;
	}

	public Allocation getAllocation() {
		return this.allocation;
	}

	public void setAllocation(Allocation allocation) {
		this.allocation = allocation;
	}

	public BigDecimal getQuotaPercent() {
		return this.quotaPercent;
	}

	public void setQuotaPercent(BigDecimal quotaPercent) {
		this.quotaPercent = quotaPercent;
	}

	public Integer getQuotaCount() {
		return this.quotaCount;
	}

	public void setQuotaCount(Integer quotaCount) {
		this.quotaCount = quotaCount;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	static AwardTypeForm of(AwardTypeView type, Map<HardshipLevel, BigDecimal> levelAmounts) {
		AwardTypeForm form = new AwardTypeForm();
		form.setName(type.name());
		form.setNameEn(type.nameEn());
		form.setAmount(type.amount());
		form.setAtLeast(type.atLeast());
		form.setAmountAfterMidterm(type.amountAfterMidterm());
		form.setUnit(type.unit());
		form.setMonths(type.months());
		form.setDegreeTypes(new ArrayList<>(type.degreeTypes()));
		form.setAdmissionType(type.admissionType());
		form.setFirstYearOnly(type.firstYearOnly());
		form.setAllocation(type.allocation());
		form.setQuotaPercent(type.quotaPercent());
		form.setQuotaCount(type.quotaCount());
		form.setVersion(type.version());
		form.setSpecialAmount(levelAmounts.get(HardshipLevel.SPECIAL));
		form.setGeneralAmount(levelAmounts.get(HardshipLevel.GENERAL));
		return form;
	}

	AwardTypeCommand toCommand() {
		Map<HardshipLevel, BigDecimal> levelAmounts = new EnumMap<>(HardshipLevel.class);
		if (this.specialAmount != null) {
			levelAmounts.put(HardshipLevel.SPECIAL, this.specialAmount);
		}
		if (this.generalAmount != null) {
			levelAmounts.put(HardshipLevel.GENERAL, this.generalAmount);
		}
		return new AwardTypeCommand(this.name, this.nameEn, this.amount, this.atLeast, this.amountAfterMidterm,
				this.unit, this.months, (this.degreeTypes != null) ? List.copyOf(this.degreeTypes) : List.of(),
				this.admissionType, this.firstYearOnly, this.allocation, this.quotaPercent, this.quotaCount,
				levelAmounts);
	}

}
