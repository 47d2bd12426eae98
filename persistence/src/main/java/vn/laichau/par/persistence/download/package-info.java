/** The secret that signs download links. */
package vn.laichau.par.persistence.download;
