package io.ascent.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ed25519PublicKeysTest {

    private static final byte[] PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    /** The X.509 key around 32 little-endian bytes written as a big-endian hex number. */
    private static byte[] key(BigInteger littleEndianValue) {
        byte[] big = littleEndianValue.toByteArray();
        byte[] raw = new byte[32];
        for (int i = 0; i < big.length && i < 32; i++) {
            raw[i] = big[big.length - 1 - i];
        }
        byte[] x509 = Arrays.copyOf(PREFIX, PREFIX.length + 32);
        System.arraycopy(raw, 0, x509, PREFIX.length, 32);
        return x509;
    }

    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));

    @Test
    void aRealKeyIsUsable() throws Exception {
        for (int i = 0; i < 20; i++) {
            byte[] real = KeyPairGenerator.getInstance("Ed25519")
                    .generateKeyPair()
                    .getPublic()
                    .getEncoded();
            assertThat(Ed25519PublicKeys.usable(real)).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"identity", "zero", "p-1", "p", "p+1", "x-sign-on-zero", "not-on-curve"})
    void weakOrMalformedPointsAreRefused(String which) {
        BigInteger y = switch (which) {
            case "identity" -> BigInteger.ONE;
            case "zero" -> BigInteger.ZERO;
            case "p-1" -> P.subtract(BigInteger.ONE);
            case "p" -> P;
            case "p+1" -> P.add(BigInteger.ONE);
            // y = 1 gives x = 0, which has no negative: the sign bit set is not canonical.
            case "x-sign-on-zero" -> BigInteger.ONE.setBit(255);
            // y = 2: (y^2 - 1) / (d y^2 + 1) is not a square modulo p.
            default -> BigInteger.TWO;
        };
        assertThat(Ed25519PublicKeys.usable(key(y))).as(which).isFalse();
    }

    @Test
    void theEightSmallOrderPointsAreAllRefused() {
        // y of the points of order 1, 2, 4 and 8 (both signs of x each): 1, p-1, 0, and the two
        // order-8 y values from the list in the libsodium / Monero blacklists.
        String[] orderEightY = {
            "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
            "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"
        };
        for (String hex : orderEightY) {
            byte[] raw = HexFormat.of().parseHex(hex);
            for (int sign = 0; sign < 2; sign++) {
                raw[31] = (byte) (sign == 0 ? raw[31] & 0x7f : raw[31] | 0x80);
                byte[] x509 = Arrays.copyOf(PREFIX, PREFIX.length + 32);
                System.arraycopy(raw, 0, x509, PREFIX.length, 32);
                assertThat(Ed25519PublicKeys.usable(x509)).as(hex).isFalse();
            }
        }
    }

    @Test
    void theIdentityKeyIsRefusedWithAMessage() {
        String identity = Base64.getEncoder().encodeToString(key(BigInteger.ONE));

        assertThatThrownBy(() -> new ReviewerIdentity("Sam Boss", identity))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a usable Ed25519 key");
    }

    @Test
    void anX25519KeyIsNotAnEd25519Key() throws Exception {
        String x25519 = Base64.getEncoder()
                .encodeToString(KeyPairGenerator.getInstance("X25519")
                        .generateKeyPair()
                        .getPublic()
                        .getEncoded());

        assertThatThrownBy(() -> ReviewerIdentity.checkKey(x25519)).hasMessageContaining("not an Ed25519 key");
    }
}
