/**
 * An embedded PostgreSQL for development and as the tests' last fallback, so that nobody
 * has to install a database to try Clinigrad.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package com.clinigrad.devdb;
