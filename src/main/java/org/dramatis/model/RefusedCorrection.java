package org.dramatis.model;

/**
 * A correction that was not made because it cannot be: the message says why and what to do instead ("an actor has one
 * type: change the type of one of them first, then merge"). Nothing of it is stored.
 */
public class RefusedCorrection extends DramatisException {
    public RefusedCorrection(String message) {
        super(message);
    }
}
