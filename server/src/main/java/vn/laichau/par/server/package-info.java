/**
 * The runnable: checks the configuration, starts the embedded MariaDB when no database is configured, then
 * Payara Micro with the application.
 */
package vn.laichau.par.server;
