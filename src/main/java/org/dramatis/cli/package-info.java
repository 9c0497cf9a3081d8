/** The command line: one class per subcommand, one exit point. */
package org.dramatis.cli;
