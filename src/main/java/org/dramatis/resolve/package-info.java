/** Decides who is who: folds spellings, translations and acronyms of one actor into one entity, and keeps different actors apart. */
package org.dramatis.resolve;
