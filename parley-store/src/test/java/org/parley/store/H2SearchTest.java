package org.parley.store;

/** Search over a store on an embedded H2 file. */
class H2SearchTest extends SearchContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
