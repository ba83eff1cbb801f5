/**
 * The university's organisation and reference data: clinical hospitals, their departments
 * (with beds, trainee capacity and the sub-specialty each trains), disciplines, academic
 * terms and the programs. Everything else refers to these by code or id.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "accounts")
package com.clinigrad.organization;
