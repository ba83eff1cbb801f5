package com.clinigrad.imports;

import com.clinigrad.shared.NotFoundException;

/**
 * No dataset of that name in the exchange format (404).
 */
public class UnknownDatasetException extends NotFoundException {

	private final String dataset;

	UnknownDatasetException(String dataset) {
		super("No dataset " + dataset);
		this.dataset = dataset;
	}

	public String getDataset() {
		return this.dataset;
	}

}
