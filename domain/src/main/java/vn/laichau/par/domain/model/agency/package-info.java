/**
 * Agencies (cơ quan) with their validity and successors, groups such as "Các sở, ban, ngành", and how a written
 * name in a plan resolves to them.
 */
package vn.laichau.par.domain.model.agency;
