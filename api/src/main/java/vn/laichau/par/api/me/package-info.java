/**
 * The caller's own profile and notification feed.
 */
package vn.laichau.par.api.me;
