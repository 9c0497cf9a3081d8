package org.dramatis.app;

import java.util.List;
import org.dramatis.graph.Views.NameCount;
import org.dramatis.model.ActorType;
import org.dramatis.web.Corrector;
import org.dramatis.web.WebServer;
import org.dramatis.web.WebServices;

/** The workbench wired to this Dramatis: the web server with the corrections service behind its Corrector port. */
public final class Workbench {
    private final WebServer server;
    private final int port;

    private Workbench(WebServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static Workbench start(Dramatis dramatis) {
        Corrections c = dramatis.corrections();
        Corrector corrector = new Corrector() {
            @Override
            public long merge(String leftName, String rightName) {
                return c.merge(leftName, rightName);
            }

            @Override
            public long split(List<NameCount> allNames, List<String> namesToMove) {
                return c.split(allNames, namesToMove);
            }

            @Override
            public long rename(String name, String newName) {
                return c.rename(name, newName);
            }

            @Override
            public long retype(String name, ActorType type) {
                return c.retype(name, type);
            }

            @Override
            public boolean undo(long decisionId) {
                return c.undo(decisionId);
            }

            @Override
            public int setVerdict(String table, List<Long> claimIds, boolean confirmed) {
                return c.setVerdict(table, claimIds, confirmed);
            }
        };
        WebServer server = new WebServer(new WebServices(dramatis.graph(), dramatis.events(), dramatis.entities(), corrector));
        int port = server.start(dramatis.config().host(), dramatis.config().port());
        return new Workbench(server, port);
    }

    public int port() {
        return port;
    }

    public void stop() {
        server.stop();
    }
}
