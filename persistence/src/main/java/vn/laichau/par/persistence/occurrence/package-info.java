/** Reading occurrences with the daily queries, storing new ones, and counting them by status. */
package vn.laichau.par.persistence.occurrence;
