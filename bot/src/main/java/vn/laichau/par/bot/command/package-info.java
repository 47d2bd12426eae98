/**
 * The conversation core, messenger-neutral: commands and buttons routed to handlers that call one use case each,
 * the chat's dialogs, the replies and their texts, and the one mapping of a refusal to a reply.
 */
package vn.laichau.par.bot.command;
