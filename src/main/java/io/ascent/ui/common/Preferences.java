package io.ascent.ui.common;

import java.util.Locale;

/** What the user can set in Edit > Preferences: the theme and the window's language. */
public record Preferences(boolean darkTheme, Locale language) {}
