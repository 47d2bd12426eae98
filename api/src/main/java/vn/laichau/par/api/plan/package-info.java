/** Plans and their areas, read over HTTP. */
package vn.laichau.par.api.plan;
