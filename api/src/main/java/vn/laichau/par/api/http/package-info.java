/**
 * HTTP details shared by the resources: query parameters checked and named when wrong, ETags and If-Match
 * preconditions, gzip.
 */
package vn.laichau.par.api.http;
