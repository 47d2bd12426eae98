/** The runnable as real processes: crashes by kill -9, two instances on one database, backup and restore. */
package vn.laichau.par.server.process;
