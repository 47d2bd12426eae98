/** A plan's next cycle over HTTP: a further plan year or a copied plan. */
package vn.laichau.par.api.cycle;
