/** Reading and storing agencies and agency groups, and the directory they form. */
package vn.laichau.par.persistence.agency;
