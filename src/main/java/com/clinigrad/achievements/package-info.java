/**
 * Certificates and achievements (证书与科研成果): the medical license and the residency
 * completion certificate, and the publications a student lists towards the degree.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "students", "supervisors" })
package com.clinigrad.achievements;
