package org.parley.store;

/** Review and correction on an embedded H2 file. */
class H2ReviewTest extends ReviewContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
