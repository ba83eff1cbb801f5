package com.clinigrad.achievements;

import java.time.LocalDate;

/**
 * The office confirmed a certificate a student entered (医师资格证书 or 住培合格证).
 *
 * @param studentId the student
 * @param type {@code MEDICAL_LICENSE} or {@code RESIDENCY_COMPLETION}
 * @param obtainedOn the day it was obtained
 */
public record CertificateConfirmed(long studentId, String type, LocalDate obtainedOn) {
}
