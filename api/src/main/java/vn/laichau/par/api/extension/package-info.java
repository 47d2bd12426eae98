/** Deadline extension requests (gia hạn) over HTTP: listing them and an admin's decision. */
package vn.laichau.par.api.extension;
