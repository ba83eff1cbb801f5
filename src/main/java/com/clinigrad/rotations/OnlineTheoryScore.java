package com.clinigrad.rotations;

import java.math.BigDecimal;

/**
 * The theory score an online exit exam gave a rotation, and the sitting it came from.
 */
public record OnlineTheoryScore(BigDecimal score, long sittingId) {
}
