/** PAR INDEX versions, their components, which tasks and indicators earn them, and the tallies behind the risk. */
package vn.laichau.par.persistence.parindex;
