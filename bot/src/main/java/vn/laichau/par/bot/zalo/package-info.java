/**
 * The Zalo Bot Platform adapter: its settings, a thin client on the JDK HTTP client and Jackson, the events it
 * delivers, and replies cut to Zalo's 2,000 characters.
 */
package vn.laichau.par.bot.zalo;
