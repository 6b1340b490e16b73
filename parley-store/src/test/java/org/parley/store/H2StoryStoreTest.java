package org.parley.store;

/** Stories and signatures on an embedded H2 file. */
class H2StoryStoreTest extends StoryStoreContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
