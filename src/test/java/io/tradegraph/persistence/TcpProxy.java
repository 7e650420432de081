package io.tradegraph.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the service and PostgreSQL that a test controls: it can cut every connection and refuse new
 * ones (PostgreSQL down), or hold every byte in flight (PostgreSQL frozen), and then put things back. The shared
 * server itself is never touched.
 */
final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile boolean frozen;

    TcpProxy(String host, int targetPort) throws IOException {
        this.target = new InetSocketAddress(host, targetPort);
        ServerSocket first = new ServerSocket();
        first.setReuseAddress(true);
        first.bind(new InetSocketAddress("127.0.0.1", 0));
        this.port = first.getLocalPort();
        listen(first);
    }

    int port() {
        return port;
    }

    /** PostgreSQL is gone: open connections are closed, new ones refused. */
    synchronized void cut() throws IOException {
        server.close();
        sockets.forEach(TcpProxy::closeQuietly);
        sockets.clear();
    }

    /** PostgreSQL is back, on the same port. */
    synchronized void restore() throws IOException {
        ServerSocket again = new ServerSocket();
        again.setReuseAddress(true);
        again.bind(new InetSocketAddress("127.0.0.1", port));
        listen(again);
    }

    /** PostgreSQL stops answering: connections stay open, but no byte passes either way. */
    void freeze() {
        frozen = true;
    }

    void thaw() {
        synchronized (this) {
            frozen = false;
            notifyAll();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        thaw();
        cut();
    }

    private void listen(ServerSocket listening) {
        server = listening;
        Thread acceptor = new Thread(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    Socket upstream = new Socket();
                    upstream.connect(target, 2000);
                    sockets.add(client);
                    sockets.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException closed) {
                    // the listening socket was closed by cut()
                }
            }
        }, "tcp-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) != -1;) {
                    waitWhileFrozen();
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException | InterruptedException closed) {
                // either side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private synchronized void waitWhileFrozen() throws InterruptedException {
        while (frozen) {
            wait();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
