package com.clinigrad.awards.web;

import java.time.LocalDate;

import com.clinigrad.awards.EthicsCommand;
import com.clinigrad.awards.EthicsSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new entry of a student's medical-ethics file (医德档案).
 */
class EthicsEntryForm {

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	@NotNull(message = "{validation.required}")
	private EthicsSource source;

	@NotBlank(message = "{validation.required}")
	@Size(max = 2000, message = "{validation.tooLong}")
	private String description;

	private boolean veto;

	/** Whether the recorder ticked that a veto cannot be revoked. */
	private boolean confirm;

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public EthicsSource getSource() {
		return this.source;
	}

	public void setSource(EthicsSource source) {
		this.source = source;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isVeto() {
		return this.veto;
	}

	public void setVeto(boolean veto) {
		this.veto = veto;
	}

	public boolean isConfirm() {
		return this.confirm;
	}

	public void setConfirm(boolean confirm) {
		this.confirm = confirm;
	}

	EthicsCommand toCommand(EthicsCommand.Evidence evidence) {
		return new EthicsCommand(this.occurredOn, this.source, this.description, this.veto, evidence);
	}

}
