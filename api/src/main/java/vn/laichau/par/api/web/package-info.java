/** The web app's static files as served: security headers, caching and compression for the shell and its libraries. */
package vn.laichau.par.api.web;
