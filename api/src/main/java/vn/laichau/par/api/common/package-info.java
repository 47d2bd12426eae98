/** Collections in pages: the page body, its cursor and a bounded limit. */
package vn.laichau.par.api.common;
