/**
 * The agencies' resource: read by anyone, kept by administrators.
 */
package vn.laichau.par.api.agency;
