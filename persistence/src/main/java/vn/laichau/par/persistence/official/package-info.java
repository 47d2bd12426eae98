/** Reading and storing officials, the users of the bot and the API. */
package vn.laichau.par.persistence.official;
