/** What the system remembers about its messenger channels: when an outage was last announced. */
package vn.laichau.par.persistence.channel;
