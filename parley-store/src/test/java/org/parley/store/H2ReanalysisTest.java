package org.parley.store;

/** Re-analysis on an embedded H2 file in a fresh temporary directory. */
class H2ReanalysisTest extends ReanalysisContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
