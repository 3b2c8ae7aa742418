import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mail server for fault tests, on loopback only: accepts every e-mail over plain SMTP and writes each to a file of
 * its own ({@code DIR/<n>.eml}), nothing else. No dependency: {@code java bench/faults/SmtpSink.java PORT DIR}.
 */
public class SmtpSink {

    private static final AtomicLong RECEIVED = new AtomicLong();

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        var dir = Path.of(args[1]);
        Files.createDirectories(dir);
        try (var server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            System.out.println("SMTP sink on 127.0.0.1:" + port + ", e-mails in " + dir);
            while (true) {
                var socket = server.accept();
                new Thread(() -> serve(socket, dir)).start();
            }
        }
    }

    private static void serve(Socket socket, Path dir) {
        try (socket;
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                var out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
            reply(out, "220 sink ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                var verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (verb) {
                    case "EHLO" -> reply(out, "250-sink\r\n250 8BITMIME");
                    case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 end with .");
                        var message = new StringBuilder();
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            message.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
                        }
                        var n = RECEIVED.incrementAndGet();
                        var file = dir.resolve(String.format("%06d.eml", n));
                        Files.writeString(dir.resolve(file.getFileName() + ".part"), message);
                        Files.move(dir.resolve(file.getFileName() + ".part"), file);
                        reply(out, "250 OK queued as " + n);
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException e) {
            System.err.println("connection: " + e);
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }
}
