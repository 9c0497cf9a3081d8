/** Vocabulary shared by every stage: actor types, fact kinds, event types, modality. */
package org.dramatis.model;
