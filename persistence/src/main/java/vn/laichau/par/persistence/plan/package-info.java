/** Reading and storing plans, tasks, indicators and their values, and PAR INDEX results. */
package vn.laichau.par.persistence.plan;
