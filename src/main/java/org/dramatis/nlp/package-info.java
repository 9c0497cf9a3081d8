/** The one door to CoreNLP: text in, our own records (sentences, tokens, entity mentions, dependencies) out. */
package org.dramatis.nlp;
