/** Readiness: the database answers and its schema is migrated. */
package vn.laichau.par.api.health;
