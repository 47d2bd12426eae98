/** The PAR INDEX framework over HTTP: versions, component mappings, and a plan year's points at risk. */
package vn.laichau.par.api.parindex;
