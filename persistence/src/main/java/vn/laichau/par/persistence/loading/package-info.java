/** The shipped plan's first load: reference agencies, groups, plan 447/KH-UBND and the PAR INDEX history. */
package vn.laichau.par.persistence.loading;
