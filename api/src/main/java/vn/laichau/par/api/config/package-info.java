/** The application's JAX-RS root, JSON mapping, and the container resources produced as beans. */
package vn.laichau.par.api.config;
