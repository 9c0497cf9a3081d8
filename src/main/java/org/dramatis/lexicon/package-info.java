/**
 * The data files that carry domain knowledge (titles, triggers, word lists, capitals, honorifics ...): one loader that
 * reads each kind's bundled file and then the user's own files for it, with errors naming the file, line and reason.
 */
package org.dramatis.lexicon;
