/** The schema brought to this build's version by Flyway at start-up. */
package vn.laichau.par.persistence.migration;
