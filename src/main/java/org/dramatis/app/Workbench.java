package org.dramatis.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramatis.graph.Views.NameCount;
import org.dramatis.model.ActorType;
import org.dramatis.web.Corrector;
import org.dramatis.web.Exports;
import org.dramatis.web.Ingester;
import org.dramatis.web.WebServer;
import org.dramatis.web.WebServices;

/**
 * The workbench wired to this Dramatis: the web server with the corrections service behind its Corrector port, exports,
 * uploads and the search index (which Dramatis owns and closes).
 */
public final class Workbench {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Workbench.class);

    private final WebServer server;
    private final int port;

    private Workbench(WebServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** The workbench with the default sign-in settings: sessions end after an hour unused, cookies Secure behind TLS. */
    public static Workbench start(Dramatis dramatis) {
        return start(dramatis, WebServer.Options.DEFAULT);
    }

    /**
     * The workbench with these sign-in settings. Bound to an address other machines reach, it refuses to start without
     * an admin account ({@link IllegalStateException} with what to do).
     */
    public static Workbench start(Dramatis dramatis, WebServer.Options options) {
        Corrector corrector = corrector(dramatis.corrections());
        Exports exports = new GraphExports(dramatis.graph(), dramatis.events());
        Ingester ingester = files -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (IngestOutcome o : dramatis.pipeline().ingest(files, IngestPipeline.Progress.NONE).outcomes()) {
                rows.add(row(o));
            }
            return rows;
        };
        WebServer server = new WebServer(new WebServices(dramatis.graph(), dramatis.events(), dramatis.entities(), dramatis.decisions(),
                corrector,
                exports, ingester, dramatis.search(), dramatis.accounts()), options);
        int port = server.start(dramatis.config().host(), dramatis.config().port());
        finishInterruptedInBackground(dramatis.corrections());
        return new Workbench(server, port);
    }

    /** The corrections behind the web layer's port. */
    private static Corrector corrector(Corrections c) {
        return new Corrector() {
            @Override
            public Corrector seeing(org.dramatis.graph.ActorVersion version) {
                return corrector(c.seeing(version));
            }

            @Override
            public Outcome merge(String author, long leftId, long rightId) {
                return web(c.by(author).mergeActors(leftId, rightId));
            }

            @Override
            public Outcome split(String author, long actorId, List<NameCount> allNames, List<String> namesToMove) {
                return web(c.by(author).splitActor(actorId, namesToMove));
            }

            @Override
            public Outcome rename(String author, long actorId, String newName) {
                return web(c.by(author).renameActor(actorId, newName));
            }

            @Override
            public Outcome retype(String author, long actorId, ActorType type) {
                return web(c.by(author).retypeActor(actorId, type));
            }

            @Override
            public Outcome addSpelling(String author, long actorId, String spelling) {
                return web(c.by(author).addSpelling(actorId, spelling));
            }

            @Override
            public Outcome undo(long decisionId) {
                return c.undoDecision(decisionId).map(o -> web(o)).orElse(null);
            }

            @Override
            public int setVerdict(String author, String table, List<Long> claimIds, boolean confirmed) {
                return c.by(author).setVerdict(table, claimIds, confirmed);
            }

            @Override
            public int clearVerdict(String author, String table, List<Long> claimIds) {
                return c.by(author).clearVerdict(table, claimIds);
            }
        };
    }

    /**
     * A correction or ingest cut short by a crash is finished while the workbench already answers; corrections and
     * uploads wait for it (they take the same lock), pages show the store as it was until it commits.
     */
    private static void finishInterruptedInBackground(Corrections corrections) {
        Thread t = new Thread(() -> {
            try {
                if (corrections.finishInterrupted()) {
                    LOG.info("finished a re-resolution or documents left unresolved by an interrupted run");
                }
            } catch (RuntimeException e) {
                LOG.warn("could not finish interrupted work: {}", e.getMessage(), e);
            }
        }, "dramatis-recovery");
        t.setDaemon(true);
        t.start();
    }

    private static Corrector.Outcome web(Corrections.Outcome o) {
        return new Corrector.Outcome(o.decisionId(), o.message(), o.actorId() < 0 ? null : o.actorId());
    }

    private static Map<String, Object> row(IngestOutcome o) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", o.name());
        if (o instanceof IngestOutcome.Stored st) {
            row.put("outcome", "stored");
            row.put("message", st.mentions() + " mentions, " + st.facts() + " facts, " + st.events() + " events");
        } else if (o instanceof IngestOutcome.Duplicate d) {
            row.put("outcome", "duplicate");
            row.put("message", "same content as document " + d.existingId());
        } else {
            row.put("outcome", "rejected");
            row.put("message", ((IngestOutcome.Rejected) o).message());
        }
        return row;
    }

    public int port() {
        return port;
    }

    public void stop() {
        server.stop();
    }
}
