/** The dashboards' resources: each request handed to the application's dashboards, the answer sent with its ETag. */
package vn.laichau.par.api.dashboard;
