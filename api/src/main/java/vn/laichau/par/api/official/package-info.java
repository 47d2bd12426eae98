/**
 * The officials' resource: accounts read by everyone signed in and kept by administrators.
 */
package vn.laichau.par.api.official;
