/**
 * Short-lived signed download links: a report draft or a chart fetched by URL where a messenger cannot take the
 * file itself, and the check and making of the file when the link is opened.
 */
package vn.laichau.par.application.download;
