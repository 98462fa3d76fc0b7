package io.ascent.ui.shell;

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
    private Node view;

    public Page(String id, String title, Supplier<Node> factory) {
        this.id = id;
        this.title = title;
        this.factory = factory;
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
