package com.clinigrad.achievements;

import java.time.LocalDate;

/**
 * A certificate: {@code MEDICAL_LICENSE} 医师资格证书 or {@code RESIDENCY_COMPLETION} 住培合格证.
 */
public record CertificateView(String type, LocalDate obtainedOn) {
}
