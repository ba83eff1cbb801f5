/**
 * Reads whose statements the modules own, run one at a time or several in one round trip
 * to the database.
 */
package com.clinigrad.shared.reads;
