package org.tidtam.ui.common;

import java.time.Clock;
import java.time.LocalDateTime;
import org.tidtam.app.Core;
import org.tidtam.i18n.Messages;
import org.tidtam.store.RegisterStore;

/**
 * What every screen is built from, made once by the composition root (org.tidtam.ui.UiModule) and handed
 * down; no screen reaches a service through a static. Services come from {@link #core()}, the same
 * composition root the command line uses, so the window never wires a second copy of them.
 */
public record UiContext(Messages messages, Core core, TaskRunner runner, LanguagePreference language) {

    public String text(String key, Object... args) { return messages.get(key, args); }

    public Clock clock() { return core.config().clock(); }

    public String user() { return core.config().user(); }

    public RegisterStore store() { return core.registerStore(); }

    public LocalDateTime now() { return LocalDateTime.now(clock()).withSecond(0).withNano(0); }

    public UiContext withMessages(Messages other) {
        return new UiContext(other, core, runner, language);
    }
}
