package com.clinigrad.competency;

import jakarta.persistence.Embeddable;

/**
 * A member of a trainee's mentor group (导师组), by supervisor id; one member leads it.
 */
@Embeddable
record Mentor(long supervisorId, boolean lead) {
}
