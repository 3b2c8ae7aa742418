package org.binome.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.binome.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP: a 60 MB upload from someone who may not make it is refused before the server reads it (otherwise
 * the CSRF check, which comes first, would have the container spool it all to disk).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class UploadGateHttpTests {

    private static final long SIXTY_MEGABYTES = 60L * 1024 * 1024;
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void aParticipantsSixtyMegabyteUploadIsRefusedBeforeItIsRead() throws Exception {
        var client = new WebClient(port);
        client.signIn("mentor", "binome-demo-2026");
        var token = CSRF.matcher(client.get("/me").body());
        assertThat(token.find()).isTrue();

        for (var path : new String[] {"/api/v1/people/import", "/admin/people/import"}) {
            var sent = upload(path, client.cookie("SESSION"), token.group(1));
            assertThat(sent.status()).as(path).isEqualTo(403);
            assertThat(sent.bytesWritten()).as(path).isLessThan(SIXTY_MEGABYTES / 4);
        }
    }

    @Test
    void anAnonymousUploadIsRefusedBeforeItIsReadToo() throws Exception {
        var sent = upload("/api/v1/people/import", null, "no-token");
        assertThat(sent.status()).isEqualTo(401);
        assertThat(sent.bytesWritten()).isLessThan(SIXTY_MEGABYTES / 4);
    }

    private record Sent(int status, long bytesWritten) {}

    /** Streams a 60 MB multipart body with the form token inside it, and stops as soon as the server answers. */
    private Sent upload(String path, String session, String csrf) throws IOException {
        var boundary = "----binome-upload-test";
        var head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        var tail = "\r\n--" + boundary + "--\r\n";
        long length = head.length() + SIXTY_MEGABYTES + tail.length();
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            var in = socket.getInputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                            + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                            + "Content-Length: " + length + "\r\n"
                            + (session == null ? "" : "Cookie: SESSION=" + session + "\r\n")
                            + "\r\n" + head)
                    .getBytes(StandardCharsets.US_ASCII));
            var chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            long written = 0;
            try {
                while (written < SIXTY_MEGABYTES && in.available() == 0) {
                    out.write(chunk);
                    written += chunk.length;
                }
                if (written >= SIXTY_MEGABYTES) {
                    out.write(tail.getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closedByTheServer) {
                // The server answered and closed the connection: what matters is how much it had taken.
            }
            return new Sent(status(in), written);
        }
    }

    private static int status(InputStream in) throws IOException {
        var line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        var parts = line.toString().split(" ");
        return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
    }
}
