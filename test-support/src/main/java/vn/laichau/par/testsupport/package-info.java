/** The test run's one MariaDB, started once per test JVM and shared by every test class. */
package vn.laichau.par.testsupport;
