/**
 * Each person's to-do list, as the modules that own the work answer it.
 */
package com.clinigrad.shared.tasks;
