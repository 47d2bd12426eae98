/** The index-served reads behind the dashboards: counts, the overdue list, agency names, the data stamp. */
package vn.laichau.par.persistence.dashboard;
