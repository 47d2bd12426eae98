/**
 * Sign-in over HTTP, the access tokens (RS256 JWTs) and their keys, and the caller a token names.
 */
package vn.laichau.par.api.security;
