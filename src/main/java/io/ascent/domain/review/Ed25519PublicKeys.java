package io.ascent.domain.review;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Whether an Ed25519 public key can stand for one person. The JDK verifies signatures under any
 * 32 bytes, so a key that is the curve's identity point (or another point of small order) lets
 * anyone make a signature that verifies. A usable key is the X.509 encoding of an Ed25519 key
 * whose 32 bytes are the canonical encoding of a point on the curve (RFC 8032, 5.1.3) and
 * whose point does not become the identity when multiplied by 8, the curve's cofactor.
 */
final class Ed25519PublicKeys {

    /** The X.509 header of an Ed25519 public key: SEQUENCE, AlgorithmIdentifier 1.3.101.112, BIT STRING. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    private static final BigInteger D = BigInteger.valueOf(-121665)
            .multiply(BigInteger.valueOf(121666).modInverse(P))
            .mod(P);
    private static final BigInteger SQRT_MINUS_ONE =
            BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P);

    private Ed25519PublicKeys() {}

    /** Whether {@code x509} is shaped like an Ed25519 public key: the X.509 header and 32 bytes. */
    static boolean isEd25519(byte[] x509) {
        return x509.length == X509_PREFIX.length + 32
                && Arrays.equals(x509, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length);
    }

    /** Whether {@code x509} is an Ed25519 public key of a point of large order. */
    static boolean usable(byte[] x509) {
        if (!isEd25519(x509)) {
            return false;
        }
        BigInteger[] point = decode(Arrays.copyOfRange(x509, X509_PREFIX.length, x509.length));
        if (point == null) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            point = doubled(point);
        }
        return !(point[0].signum() == 0 && point[1].equals(BigInteger.ONE));
    }

    /** The point (x, y) that {@code encoded} stands for, or null when it is not a canonical encoding of one. */
    private static BigInteger[] decode(byte[] encoded) {
        byte[] bigEndian = new byte[32];
        for (int i = 0; i < 32; i++) {
            bigEndian[i] = encoded[31 - i];
        }
        boolean xOdd = (bigEndian[0] & 0x80) != 0;
        bigEndian[0] &= 0x7f;
        BigInteger y = new BigInteger(1, bigEndian);
        if (y.compareTo(P) >= 0) {
            return null;
        }
        BigInteger ySquared = y.multiply(y).mod(P);
        BigInteger u = ySquared.subtract(BigInteger.ONE).mod(P);
        BigInteger v = D.multiply(ySquared).add(BigInteger.ONE).mod(P);
        BigInteger xSquared = u.multiply(v.modInverse(P)).mod(P);
        BigInteger x = xSquared.modPow(P.add(BigInteger.valueOf(3)).shiftRight(3), P);
        if (!x.multiply(x).mod(P).equals(xSquared)) {
            x = x.multiply(SQRT_MINUS_ONE).mod(P);
            if (!x.multiply(x).mod(P).equals(xSquared)) {
                return null;
            }
        }
        if (x.signum() == 0 && xOdd) {
            return null;
        }
        if (x.testBit(0) != xOdd) {
            x = P.subtract(x);
        }
        return new BigInteger[] {x, y};
    }

    /** 2(x, y) on -x^2 + y^2 = 1 + d x^2 y^2, in affine coordinates (the formulas are complete). */
    private static BigInteger[] doubled(BigInteger[] point) {
        BigInteger x = point[0];
        BigInteger y = point[1];
        BigInteger dxxyy = D.multiply(x).multiply(x).multiply(y).multiply(y).mod(P);
        BigInteger x2 = BigInteger.TWO
                .multiply(x)
                .multiply(y)
                .multiply(BigInteger.ONE.add(dxxyy).modInverse(P))
                .mod(P);
        BigInteger y2 = y.multiply(y)
                .add(x.multiply(x))
                .multiply(BigInteger.ONE.subtract(dxxyy).mod(P).modInverse(P))
                .mod(P);
        return new BigInteger[] {x2, y2};
    }
}
