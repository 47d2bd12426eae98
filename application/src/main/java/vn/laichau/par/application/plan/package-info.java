/** The reads of the plan's tasks that the API and the bot share. */
package vn.laichau.par.application.plan;
