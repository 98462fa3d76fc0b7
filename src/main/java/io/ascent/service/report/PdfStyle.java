package io.ascent.service.report;

import java.awt.Color;

/** The printed plan's palette and type sizes, matching the app's CSS colours. */
final class PdfStyle {

    static final Color ACCENT = new Color(0x4f46e5);
    static final Color ACCENT_SOFT = new Color(0xeef2ff);
    static final Color ACCENT_PALE = new Color(0xc7d2fe);
    static final Color TEXT = new Color(0x1f2937);
    static final Color MUTED = new Color(0x6b7280);
    static final Color BORDER = new Color(0xe5e7eb);
    static final Color TRACK = new Color(0xe8ebf0);
    static final Color SUCCESS = new Color(0x15803d);
    static final Color PROGRESS = new Color(0xb45309);
    static final Color WHITE = Color.WHITE;

    static final float BODY = 10f;
    static final float SMALL = 8.5f;
    static final float HEADING = 12.5f;
    static final float SECTION = 20f;

    private PdfStyle() {}
}
