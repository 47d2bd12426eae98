/**
 * Officials' accounts: signing in (throttled, with rotating refresh tokens), their administration and what an
 * official reads about themselves.
 */
package vn.laichau.par.application.account;
