/** JDBC plumbing and repositories behind {@link org.parley.store.Store}: not API, may change without notice. */
package org.parley.store.internal;
