/**
 * Graduate employment (就业): each graduate's destination (hospital tier, university,
 * further study, abroad, other work, none yet), employer, region and graduation day,
 * entered by the office, by the graduate themself or imported ({@code employment}
 * dataset), and the employment rate of a year for the annual report.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "students", "organization" })
package com.clinigrad.careers;
