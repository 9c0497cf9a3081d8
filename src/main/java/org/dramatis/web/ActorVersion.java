package org.dramatis.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dramatis.graph.Views.ActorDetail;

/**
 * The version of an actor as an analyst sees it: a digest of its id, name, type and spellings with their counts. A
 * correction form carries it, and a correction against another version is refused as "changed meanwhile" rather than
 * applied to an actor the analyst has not seen (another analyst's correction, or new articles, changed it).
 */
final class ActorVersion {
    private ActorVersion() {
    }

    static String of(ActorDetail detail) {
        StringBuilder b = new StringBuilder().append(detail.actor().id()).append('\n').append(detail.actor().name())
                .append('\n').append(detail.actor().type().name());
        detail.names().stream().map(n -> n.name() + "\t" + n.count()).sorted()
                .forEach(n -> b.append('\n').append(n));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
