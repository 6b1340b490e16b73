package org.parley.store;

/** The store contract on an embedded H2 file in a fresh temporary directory. */
class H2StoreTest extends StoreContract {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
