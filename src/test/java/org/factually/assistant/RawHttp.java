package org.factually.assistant;

import org.eclipse.microprofile.config.ConfigProvider;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte for byte onto a socket: paths, headers and bodies exactly as given, which an HTTP client
 * library would encode, normalise or refuse to send (a malformed percent-encoding, {@code /./}, a lying length).
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 30_000;

    /** A reply: status, headers (names in lower case) and the body as text. */
    public record Reply(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    public static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }

    /** Sends the request head (request line and headers, without the blank line) and the body bytes as they are. */
    public static Reply send(String head, byte[] body) {
        return sendAsIs(head.strip() + "\r\nHost: localhost", body);
    }

    /** Sends the request head without the Host header HTTP/1.1 requires. */
    public static Reply sendWithoutHost(String head) {
        return sendAsIs(head.strip(), null);
    }

    private static Reply sendAsIs(String head, byte[] body) {
        try (Socket socket = new Socket("localhost", port())) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            String fullHead = head + "\r\nConnection: close\r\n\r\n";
            try {
                out.write(fullHead.getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException e) {
                // A server that refuses a request early may close the connection before the body is all sent.
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + head.lines().findFirst().orElse(head), e);
        }
    }

    /**
     * Whether the reply read so far is whole: its head and as many body bytes as it declares (or the last chunk).
     * A server that refused a request may keep the connection open waiting for the rest of the body.
     */
    private static boolean complete(ByteArrayOutputStream read) {
        String text = read.toString(StandardCharsets.ISO_8859_1);
        int endOfHead = text.indexOf("\r\n\r\n");
        if (endOfHead < 0) {
            return false;
        }
        String head = text.substring(0, endOfHead).toLowerCase(Locale.ROOT);
        int bodyBytes = text.length() - endOfHead - 4;
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("\r\ncontent-length:\\s*(\\d+)").matcher(head);
        if (length.find()) {
            return bodyBytes >= Long.parseLong(length.group(1));
        }
        if (head.contains("\r\ntransfer-encoding: chunked")) {
            return text.endsWith("\r\n0\r\n\r\n") || text.substring(endOfHead + 4).startsWith("0\r\n\r\n");
        }
        return false;
    }

    /** The body in chunked transfer coding, in chunks of the given size. */
    public static byte[] chunked(byte[] body, int chunkSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + body.length / chunkSize * 8 + 16);
        for (int at = 0; at < body.length; at += chunkSize) {
            int n = Math.min(chunkSize, body.length - at);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static Reply read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; !complete(all) && (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException e) {
            // The server may close the connection after a refusal while the body is still being sent.
            if (all.size() == 0) {
                throw e;
            }
        }
        String text = all.toString(StandardCharsets.ISO_8859_1);
        int endOfHead = text.indexOf("\r\n\r\n");
        String[] lines = (endOfHead < 0 ? text : text.substring(0, endOfHead)).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
        }
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String body = endOfHead < 0 ? "" : new String(text.substring(endOfHead + 4).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return new Reply(status, headers, body);
    }
}
