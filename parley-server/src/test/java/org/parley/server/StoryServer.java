package org.parley.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Store;

/** Base of the API tests: the hand-made story in a store on disk, served on a random loopback port. */
abstract class StoryServer {
    @TempDir
    static Path dir;
    static Store store;
    static ParleyServer server;
    static Http http;

    @BeforeAll
    static void start() {
        store = Fixtures.openStore(dir);
        Fixtures.story().saveTo(store);
        server = ParleyServer.start(ServerConfig.defaults().withPort(0), store);
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }
}
