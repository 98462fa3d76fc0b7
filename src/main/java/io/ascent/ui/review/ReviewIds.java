package io.ascent.ui.review;

/** Node ids made from framework ids, which may hold characters a CSS selector cannot. */
final class ReviewIds {

    private ReviewIds() {}

    static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
