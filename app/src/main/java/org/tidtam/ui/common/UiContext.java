package org.tidtam.ui.common;

import java.time.Clock;
import java.time.LocalDateTime;
import org.tidtam.i18n.Messages;
import org.tidtam.store.RegisterStore;

/**
 * What every screen is built from, made once by the composition root (org.tidtam.ui.UiModule) and handed
 * down; no screen reaches a service through a static.
 */
public record UiContext(Messages messages, Clock clock, String user, RegisterStore store, TaskRunner runner,
                        LanguagePreference language) {

    public String text(String key, Object... args) { return messages.get(key, args); }

    public LocalDateTime now() { return LocalDateTime.now(clock).withSecond(0).withNano(0); }

    public UiContext withMessages(Messages other) {
        return new UiContext(other, clock, user, store, runner, language);
    }
}
