package looplab.engine.node;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import looplab.engine.js.HostObject;
import looplab.engine.loop.Callback;
import looplab.engine.loop.EventLoop;
import looplab.engine.loop.Source;
import looplab.engine.loop.ThreadPool;
import org.openjdk.nashorn.api.scripting.JSObject;

/**
 * The host half of {@code crypto.js}. Hashes run synchronously, as in Node; {@code pbkdf2} and
 * {@code randomBytes} with a callback are thread-pool requests — pbkdf2 is <em>CPU</em> work,
 * which the loop does not wait for, so five of them on four workers show the classic lesson:
 * four finish together, the fifth a round later. Bytes travel as Latin-1 strings.
 */
final class CryptoModule {
    private static final Map<String, String> DIGESTS = Map.of("md5", "MD5", "sha1", "SHA-1",
            "sha224", "SHA-224", "sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EventLoop loop;
    private final ThreadPool pool;
    private final Calls calls;

    CryptoModule(EventLoop loop, ThreadPool pool, Calls calls) {
        this.loop = loop;
        this.pool = pool;
        this.calls = calls;
    }

    void install(HostObject host) {
        host.function("hashDigest", (self, a) -> hash(str(a[0]), str(a[1])))
            .function("hmacDigest", (self, a) -> hmac(str(a[0]), bytes(a[1]), bytes(a[2])))
            .function("randomBytes", (self, a) -> random(((Number) a[0]).intValue()))
            .function("pbkdf2", (self, a) -> pbkdf2(bytes(a[0]), bytes(a[1]), num(a[2]), num(a[3]), str(a[4])))
            .function("cryptoAsync", (self, a) -> {
                submit(str(a[0]), calls.arguments(a[1]), (JSObject) a[2], a.length > 3 && a[3] instanceof String s ? s : null);
                return null;
            });
    }

    private void submit(String op, Object[] args, JSObject oncomplete, String at) {
        boolean cpu = op.equals("pbkdf2");
        byte[] p = cpu ? bytes(args[0]) : null;
        byte[] s = cpu ? bytes(args[1]) : null;
        int iterations = cpu ? num(args[2]) : 0;
        int keylen = cpu ? num(args[3]) : 0;
        String digest = cpu ? str(args[4]) : null;
        int size = cpu ? 0 : num(args[0]);
        String[] result = new String[1];
        Callback done = new Callback(loop.nextId(), "crypto." + op, at != null ? at : calls.where(), Source.POLL,
                () -> oncomplete.call(null, null, result[0]));
        loop.traceRequest(done);
        pool.submit(done, !cpu, () -> {
            result[0] = cpu ? pbkdf2(p, s, iterations, keylen, digest) : random(size);
            return true;
        });
    }

    static String hash(String algorithm, String latin1) {
        try {
            MessageDigest md = MessageDigest.getInstance(DIGESTS.get(algorithm));
            return latin1(md.digest(bytes(latin1)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Digest method not supported");
        }
    }

    static String hmac(String algorithm, byte[] key, byte[] data) {
        Mac mac = mac(algorithm, key);
        return latin1(mac.doFinal(data));
    }

    /**
     * RFC 8018 PBKDF2 over HMAC. The JDK's implementation is the fast path; it takes the
     * password as characters (encoded back as UTF-8), so it serves passwords that are valid,
     * non-empty UTF-8, and the loop below serves any other bytes.
     */
    static String pbkdf2(byte[] password, byte[] salt, int iterations, int keylen, String digest) {
        if (password.length > 0 && salt.length > 0 && keylen > 0) {
            try {
                CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(password));
                char[] pw = new char[chars.remaining()];
                chars.get(pw);
                SecretKeyFactory f = SecretKeyFactory.getInstance(
                        "PBKDF2WithHmac" + DIGESTS.get(digest).replace("-", ""));
                return latin1(f.generateSecret(new PBEKeySpec(pw, salt, iterations, keylen * 8)).getEncoded());
            } catch (CharacterCodingException | GeneralSecurityException | IllegalArgumentException e) {
                // Not UTF-8, or a digest the JDK's PBKDF2 lacks: the plain loop below.
            }
        }
        Mac mac = mac(digest, password);
        int hLen = mac.getMacLength();
        byte[] out = new byte[keylen];
        int blocks = (keylen + hLen - 1) / hLen;
        for (int i = 1; i <= blocks; i++) {
            mac.update(salt);
            mac.update(new byte[] {(byte) (i >>> 24), (byte) (i >>> 16), (byte) (i >>> 8), (byte) i});
            byte[] u = mac.doFinal();
            byte[] t = u.clone();
            for (int j = 1; j < iterations; j++) {
                u = mac.doFinal(u);
                for (int k = 0; k < t.length; k++) {
                    t[k] ^= u[k];
                }
            }
            System.arraycopy(t, 0, out, (i - 1) * hLen, Math.min(hLen, keylen - (i - 1) * hLen));
        }
        return latin1(out);
    }

    private static Mac mac(String algorithm, byte[] key) {
        String name = "Hmac" + DIGESTS.get(algorithm).replace("-", "");
        try {
            Mac mac = Mac.getInstance(name);
            // HMAC pads the key with zeros, so an empty key is the same as one zero byte.
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, name));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Invalid digest: " + algorithm);
        }
    }

    static String random(int size) {
        byte[] b = new byte[size];
        RANDOM.nextBytes(b);
        return latin1(b);
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(Object latin1) {
        return String.valueOf(latin1).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String str(Object v) {
        return String.valueOf(v);
    }

    private static int num(Object v) {
        return ((Number) v).intValue();
    }
}
