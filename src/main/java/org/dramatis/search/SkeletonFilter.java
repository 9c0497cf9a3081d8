package org.dramatis.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces each token by its {@link Skeleton}. */
final class SkeletonFilter extends TokenFilter {
    private final Skeleton skeleton;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SkeletonFilter(TokenStream input, Skeleton skeleton) {
        super(input);
        this.skeleton = skeleton;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String s = skeleton.of(term.toString());
        term.setEmpty().append(s);
        return true;
    }
}
