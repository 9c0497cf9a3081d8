/** The command line: its entry point {@link org.dramatis.cli.Main}, one class per subcommand, one exit point. */
package org.dramatis.cli;
