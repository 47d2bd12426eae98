/**
 * Readiness: the database answers and its schema is migrated. The messenger channels (each UP, or DOWN since when
 * and why) are start-up checks, so that they show in {@code /health} but never in liveness or readiness.
 */
package vn.laichau.par.api.health;
