/**
 * Accounts, roles and scopes: who may log in, which roles each person holds (one person
 * may hold several) and the hospital, department, supervisor or student record a role is
 * limited to. Other modules ask {@link com.clinigrad.accounts.CurrentUsers} who is
 * calling and enforce the scope in their own services.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package com.clinigrad.accounts;
