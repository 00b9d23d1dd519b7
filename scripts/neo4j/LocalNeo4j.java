// Runs a real Neo4j Community DBMS (embedded, with the Bolt connector) for local development and tests.
//
//   java -cp '<jar cache>/*' scripts/neo4j/LocalNeo4j.java --dir DIR --port PORT [--pagecache 512m]
//
// Started by src/db/localNeo4j.ts; the jars come from scripts/neo4j/pom.xml.
// Protocol with the parent process:
//   - stdout carries exactly one line, "NEO4J_READY bolt://127.0.0.1:<port>", once the default database is up,
//     followed by " sharing" when the JVM maps a class archive (src/db/classArchive.ts);
//   - a start failure prints one line "NEO4J_ERROR <explanation>" on stderr and exits 1;
//   - SIGINT/SIGTERM, or EOF on stdin (the parent died or closed the pipe), shut the DBMS down cleanly.
// Everything Neo4j, log4j or the JVM libraries write to System.out/System.err goes to DIR/logs/console.log;
// Neo4j's own debug.log is in DIR/logs/ too. The store is in DIR/data/.
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

public final class LocalNeo4j {
    private static final String HOST = "127.0.0.1"; // loopback only: auth is disabled
    private static final long READY_TIMEOUT_MS = 120_000;

    private static volatile DatabaseManagementService service;
    /** Counted down when start-up has finished, successfully or not; the shutdown hook waits for it. */
    private static final CountDownLatch startFinished = new CountDownLatch(1);

    public static void main(String[] args) {
        // Keep the real streams for the protocol lines before anything else can write to them.
        final PrintStream protocolOut = new PrintStream(new FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        final PrintStream protocolErr = new PrintStream(new FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);

        Path dir = null;
        int port = -1;
        String pageCache = "512m";
        Path plugins = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--dir": dir = Path.of(require(value, "--dir")).toAbsolutePath(); i++; break;
                    case "--port": port = Integer.parseInt(require(value, "--port")); i++; break;
                    case "--pagecache": pageCache = require(value, "--pagecache"); i++; break;
                    case "--plugins": plugins = Path.of(require(value, "--plugins")).toAbsolutePath(); i++; break;
                    default: throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (dir == null || port < 1 || port > 65535) {
                throw new IllegalArgumentException("usage: LocalNeo4j --dir DIR --port 1-65535 [--pagecache 512m] [--plugins DIR]");
            }
        } catch (RuntimeException e) {
            protocolErr.println("NEO4J_ERROR invalid arguments: " + e.getMessage());
            System.exit(2);
            return;
        }

        final Path home = dir;
        final Path logs = home.resolve("logs");
        try {
            Files.createDirectories(logs);
            PrintStream console = new PrintStream(new FileOutputStream(logs.resolve("console.log").toFile(), true), true, StandardCharsets.UTF_8);
            System.setOut(console);
            System.setErr(console);
        } catch (IOException e) {
            protocolErr.println("NEO4J_ERROR cannot write to " + logs + ": " + e.getMessage());
            System.exit(1);
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(LocalNeo4j::shutdown, "local-neo4j-shutdown"));
        watchStdin();

        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
            if (plugins != null) {
                // Procedure jars (APOC core for the benchmark) load from the plugin folder; APOC's
                // procedures need unrestricted access to internal APIs.
                builder.setConfig(GraphDatabaseSettings.plugin_dir, plugins)
                        .setConfig(GraphDatabaseSettings.procedure_unrestricted, java.util.List.of("apoc.*"));
            }
            DatabaseManagementService started = builder
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse(pageCache))
                    // A development store: keep little transaction log history and small log files
                    // (defaults are 2 days of logs in 256 MiB preallocated files).
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "64M size")
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, SettingValueParsers.BYTES.parse("16m"))
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Netty's default 5 s quiet period, paid once per event loop group, made every stop take ~10 s
                    // longer. No connections are left at that point, so there is nothing to wait for.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
            service = started;
            GraphDatabaseService db = started.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(READY_TIMEOUT_MS)) {
                throw new IllegalStateException("the default database did not become available within "
                        + READY_TIMEOUT_MS / 1000 + " s (see " + logs.resolve("debug.log") + ")");
            }
            // Loads and JIT-compiles the Cypher stack now (~1.5 s) rather than in the client's first query,
            // and proves that the database answers before we say it is ready.
            db.executeTransactionally("RETURN 1");
        } catch (Throwable e) {
            e.printStackTrace(); // full trace to console.log
            protocolErr.println("NEO4J_ERROR " + explain(e, home, port, logs));
            startFinished.countDown();
            // A failed build() has already stopped what it started; after build(), the hook shuts the DBMS down.
            System.exit(1);
            return;
        }
        startFinished.countDown();
        // "sharing" in java.vm.info: the JVM mapped the class archive it was given (it starts without one
        // it cannot use, silently).
        String sharing = System.getProperty("java.vm.info", "").contains("sharing") ? " sharing" : "";
        protocolOut.println("NEO4J_READY bolt://" + HOST + ":" + port + sharing);
        // Main returns; Neo4j's non-daemon threads keep the JVM alive until a signal or stdin EOF.
    }

    private static String require(String value, String flag) {
        if (value == null) throw new IllegalArgumentException(flag + " needs a value");
        return value;
    }

    /** Stop the DBMS once; runs in the shutdown hook (SIGINT, SIGTERM, System.exit). */
    private static void shutdown() {
        try {
            // If a signal arrives mid-start, let the start finish so that we shut down a whole DBMS.
            startFinished.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
        DatabaseManagementService s = service;
        service = null;
        if (s != null) {
            try {
                s.shutdown();
            } catch (Throwable e) {
                e.printStackTrace();
            }
        }
    }

    /** EOF on stdin means the parent is gone (or asked us to stop): exit, which runs the shutdown hook. */
    private static void watchStdin() {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[256];
            try {
                InputStream in = System.in;
                while (in.read(buffer) != -1) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException ignored) {
                // A broken stdin counts as EOF.
            }
            System.exit(0);
        }, "local-neo4j-stdin-watch");
        t.setDaemon(true);
        t.start();
    }

    /** One line saying why the start failed, for the parent to show to the user. */
    private static String explain(Throwable error, Path home, int port, Path logs) {
        boolean bind = false;
        Throwable root = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            // Neo4j wraps Netty's bind failure (a NativeIoException with epoll) in PortBindException.
            if (t instanceof BindException) bind = true;
            if (t.getClass().getName().endsWith("FileLockException")) {
                return "the data folder " + home + " is locked: another Neo4j process is using it";
            }
            root = t;
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage().replaceAll("\\s+", " ").trim();
        if (bind) {
            return message.contains("already in use")
                    ? "cannot listen on " + HOST + ":" + port + ": the port is in use (another Neo4j, or another program?)"
                    : "cannot listen on " + HOST + ":" + port + ": " + message;
        }
        return message + " (details in " + logs.resolve("console.log") + ")";
    }
}
