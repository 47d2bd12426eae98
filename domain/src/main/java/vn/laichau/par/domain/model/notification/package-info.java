/** In-app notifications of an official and the delivery states of an alert message. */
package vn.laichau.par.domain.model.notification;
