/**
 * HTTP details shared by the resources: query parameters checked and named when wrong, ETags and If-Match
 * preconditions, gzip, bounded request bodies.
 */
package vn.laichau.par.api.http;
