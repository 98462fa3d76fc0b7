package io.ascent.ui.shell;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A screen of the sidebar (Dashboard, Milestones, ...). The view is built the first time the
 * page is shown, so start-up only pays for the landing page.
 */
public final class Page {

    private final String id;
    private final String title;
    private final Supplier<Node> factory;
    private final String focusQuery;
    private Node view;

    public Page(String id, String title, Supplier<Node> factory) {
        this(id, title, factory, null);
    }

    /** A page whose keyboard focus goes to the control {@code focusQuery} finds (e.g. its list) when opened from a shortcut. */
    public Page(String id, String title, Supplier<Node> factory, String focusQuery) {
        this.id = id;
        this.title = title;
        this.factory = factory;
        this.focusQuery = focusQuery;
    }

    /** Where the keyboard goes when the page is opened from a shortcut; empty: its sidebar button. */
    public Optional<String> focusQuery() {
        return Optional.ofNullable(focusQuery);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Node view() {
        if (view == null) {
            view = factory.get();
        }
        return view;
    }
}
