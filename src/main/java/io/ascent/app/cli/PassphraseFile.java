package io.ascent.app.cli;

import io.ascent.service.ValidationException;
import io.ascent.text.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The passphrase on the first line of a file ({@code --passphrase-file}). At most {@link #MAX_BYTES}
 * bytes are read: a passphrase is a line, and a device that never ends ({@code /dev/zero}) must
 * not fill the memory. A missing file, a folder, an empty first line, a longer file or one that
 * is not UTF-8 is refused with a message saying which.
 */
final class PassphraseFile {

    static final int MAX_BYTES = 1024;

    private PassphraseFile() {}

    static char[] read(Path file) {
        if (Files.isDirectory(file)) {
            throw new ValidationException(I18n.t("cli.passphraseFile.folder", file));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new ValidationException(I18n.t("cli.passphraseFile.missing", file));
        } catch (IOException e) {
            throw new ValidationException(I18n.t("cli.passphraseFile.unreadable", file));
        }
        try {
            if (bytes.length > MAX_BYTES) {
                throw new ValidationException(I18n.t("cli.passphraseFile.tooLarge", file, MAX_BYTES));
            }
            CharBuffer chars = decode(bytes, file);
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            char[] line = new char[end];
            chars.get(0, line);
            Arrays.fill(chars.array(), '\0');
            if (line.length == 0) {
                throw new ValidationException(I18n.t("cli.passphraseFile.empty", file));
            }
            return line;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static CharBuffer decode(byte[] bytes, Path file) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new ValidationException(I18n.t("cli.passphraseFile.notText", file));
        }
    }
}
