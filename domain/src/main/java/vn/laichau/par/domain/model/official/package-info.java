/** Officials (cán bộ, công chức) and their roles. */
package vn.laichau.par.domain.model.official;
