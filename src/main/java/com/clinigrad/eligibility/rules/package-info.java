/**
 * The audit's rules: pure Java, one small class per requirement, each taking the snapshot
 * and an as-of date and returning a result with status, required, actual and a message.
 */
@org.springframework.modulith.NamedInterface("rules")
package com.clinigrad.eligibility.rules;
