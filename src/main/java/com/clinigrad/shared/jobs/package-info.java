/**
 * Scheduled jobs that run once across several application nodes (a lock row in
 * PostgreSQL).
 */
package com.clinigrad.shared.jobs;
