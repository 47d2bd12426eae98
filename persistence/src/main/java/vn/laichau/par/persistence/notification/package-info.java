/** Each official's in-app feed. */
package vn.laichau.par.persistence.notification;
