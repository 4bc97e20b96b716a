package org.tidtam.ui;

import java.time.Clock;
import org.tidtam.store.RegisterStore;

/** The store the screen tests run on. */
final class TestStores {
    private TestStores() { }

    static RegisterStore open(Clock clock) { return new FakeRegisterStore(clock); }
}
