package io.ascent.persistence.files;

import io.ascent.text.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * Reading an outside file as UTF-8 text: the size is checked before a byte is read, and the
 * usual wrong files (a zip archive, UTF-16 from Notepad, binary junk) are named as such instead
 * of as "invalid JSON at line 1".
 */
final class TextFiles {

    private TextFiles() {}

    /** The bytes of {@code file}, refusing a folder, an unreadable file and one above {@code maxBytes}. */
    static byte[] read(Path file, int maxBytes, BiFunction<String, Throwable, RuntimeException> error) {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.isDirectory(file)) {
                throw error.apply(I18n.t("input.file.folder", name), null);
            }
            // A device or a pipe (/dev/zero renamed .json) says size 0 and never ends.
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw error.apply(I18n.t("input.file.notRegular", name), null);
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw error.apply(InputLimits.tooLarge(name, size, maxBytes), null);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // The file may have grown since its size was read: never read more than the limit.
                byte[] bytes = in.readNBytes(maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw error.apply(InputLimits.tooLarge(name, Math.max(size, bytes.length), maxBytes), null);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw error.apply(I18n.t("input.file.unreadable", name, Exports.reason(e)), e);
        }
    }

    /** UTF-8 text without its byte-order mark; anything else is refused with a message naming {@code source}. */
    static String decode(
            byte[] bytes, String source, int maxBytes, BiFunction<String, Throwable, RuntimeException> error) {
        if (bytes.length > maxBytes) {
            throw error.apply(InputLimits.tooLarge(source, bytes.length, maxBytes), null);
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4B, 0x05, 0x06)) {
            throw error.apply(I18n.t("input.file.zip", source), null);
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw error.apply(I18n.t("input.file.utf16", source), null);
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw error.apply(I18n.t("input.file.binary", source), null);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw error.apply(I18n.t("input.file.notUtf8", source), e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
