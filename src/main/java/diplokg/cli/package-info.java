/**
 * The command line: one picocli command per verb, exit codes in one enum, and the one place that turns failures
 * into messages and exit codes. May use every other stage; nothing uses it.
 */
package diplokg.cli;
