package dev.chipgraph.neo4j;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.internal.Version;

/**
 * Runs Neo4j Community embedded with the Bolt connector, for machines without Docker.
 *
 * <p>Started by chipgraph's Node side (src/local-neo4j/) with plain {@code java -cp}; it prints one line
 * {@code chipgraph-neo4j ready <uri> <version>} when Bolt accepts connections and shuts the DBMS down cleanly
 * on SIGTERM (a JVM shutdown hook), so no store lock is left behind. With {@code --parent-pid} it also stops
 * when that process ends, so a crashed test run never leaves an orphaned database.
 *
 * <p>One launcher per data folder: before touching anything it takes an exclusive lock on
 * {@code chipgraph-neo4j.lock} there, held until the JVM ends (the OS releases it even after kill -9). A second
 * launcher for the same folder exits at once with {@link #EXIT_BUSY} and a line saying so, before it can
 * touch the store or the pid file. The lock holder alone writes the pid file {@code chipgraph-neo4j.pid}
 * and removes it when it stops.
 *
 * <p>The password comes from the environment (NEO4J_PASSWORD), never from the command line, so it does not
 * show in process listings.
 */
public final class Launcher {
    /** Another launcher holds this data folder: Neo4j is starting or running there. */
    static final int EXIT_BUSY = 3;

    static final String LOCK_FILE = "chipgraph-neo4j.lock";
    static final String PID_FILE = "chipgraph-neo4j.pid";

    /** Held for the life of the JVM; a static field so that nothing can collect and release it. */
    private static FileLock lock;

    private static final Instant STARTED_AT = Instant.now();

    private Launcher() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            // One line first, for the Node side's message; the trace after it, for whoever reads the log.
            System.err.println("chipgraph-neo4j failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Map<String, String> opts = parseArgs(args);
        Path home = Path.of(require(opts, "home")).toAbsolutePath();
        String host = opts.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
        Files.createDirectories(home);
        lock = lockDataFolder(home);
        if (lock == null) {
            System.err.println("chipgraph-neo4j busy: another launcher" + holder(home) + " holds " + home
                    + ": Neo4j is starting or running there");
            System.exit(EXIT_BUSY);
        }
        long pid = ProcessHandle.current().pid();
        Path pidFile = home.resolve(PID_FILE);
        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            DatabaseManagementService dbms = running.get();
                            if (dbms != null) {
                                System.out.println("chipgraph-neo4j stopping");
                                dbms.shutdown();
                                System.out.println("chipgraph-neo4j stopped");
                            }
                            removePidFile(pidFile, pid);
                            stopped.countDown();
                        },
                        "chipgraph-neo4j-shutdown"));
        writePidFile(pidFile, pid, host, port, home, false);
        boolean auth = Boolean.parseBoolean(opts.getOrDefault("auth", "true"));
        String pageCache = opts.getOrDefault("pagecache", "512m");
        String txMemory = opts.getOrDefault("tx-memory", "256m");

        Map<String, String> config = new TreeMap<>();
        config.put("server.bolt.enabled", "true");
        config.put("server.bolt.listen_address", host + ":" + port);
        config.put("server.bolt.advertised_address", host + ":" + port);
        config.put("server.memory.pagecache.size", pageCache);
        config.put("db.memory.transaction.total.max", txMemory);
        config.put("dbms.security.auth_enabled", Boolean.toString(auth));
        // Transaction logs are for recovery only here; keep them from filling a developer's disk.
        config.put("db.tx_log.rotation.retention_policy", "2 files");
        config.put("dbms.usage_report.enabled", "false");
        // LOAD CSV reads file:/// URLs from here only, never from the store or the logs beside it.
        config.put("server.directories.import", home.resolve("import").toString());
        Files.createDirectories(home.resolve("import"));

        // Written out rather than set in code so that a developer can read what the DBMS runs with.
        Path conf = home.resolve("conf").resolve("chipgraph-neo4j.conf");
        Files.createDirectories(conf.getParent());
        StringBuilder text = new StringBuilder("# Written by chipgraph's launcher at each start; edits are overwritten.\n");
        config.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(conf, text.toString());
        DatabaseManagementService dbms =
                new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
        running.set(dbms);

        if (auth) {
            String user = System.getenv().getOrDefault("NEO4J_USER", "neo4j");
            String password = System.getenv("NEO4J_PASSWORD");
            if (password == null || password.isEmpty()) {
                System.err.println("chipgraph-neo4j: auth is on but NEO4J_PASSWORD is empty");
                System.exit(2);
            }
            ensureUser(dbms.database("system"), user, password);
        }

        String parentPid = opts.get("parent-pid");
        if (parentPid != null) {
            ProcessHandle.of(Long.parseLong(parentPid))
                    .ifPresentOrElse(
                            parent -> parent.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
        }

        // Ready only now, after the user is set up: Bolt listens earlier but would refuse the password.
        writePidFile(pidFile, pid, host, port, home, true);
        System.out.println("chipgraph-neo4j ready bolt://" + host + ":" + port + " " + Version.getNeo4jVersion());
        System.out.flush();
        stopped.await();
    }

    /** The exclusive lock on the data folder, or null when another process holds it. */
    private static FileLock lockDataFolder(Path home) throws IOException {
        FileChannel channel = FileChannel.open(
                home.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = channel.tryLock();
        if (held == null) {
            channel.close();
        }
        return held;
    }

    /** " (pid N)" from the holder's pid file, when it has written one yet. */
    private static String holder(Path home) {
        try {
            String text = Files.readString(home.resolve(PID_FILE));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"pid\"\\s*:\\s*(\\d+)").matcher(text);
            return m.find() ? " (pid " + m.group(1) + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Written whole (a temporary file moved into place), so a reader never sees half of it. */
    private static void writePidFile(Path pidFile, long pid, String host, int port, Path home, boolean ready)
            throws IOException {
        String json = "{\n"
                + "  \"pid\": " + pid + ",\n"
                + "  \"port\": " + port + ",\n"
                + "  \"uri\": \"bolt://" + json(host) + ":" + port + "\",\n"
                + "  \"version\": \"" + json(Version.getNeo4jVersion()) + "\",\n"
                + "  \"dataDir\": \"" + json(home.toString()) + "\",\n"
                + "  \"startedAt\": \"" + STARTED_AT + "\",\n"
                + "  \"ready\": " + ready + "\n"
                + "}\n";
        Path temporary = pidFile.resolveSibling(PID_FILE + "." + pid + ".tmp");
        Files.writeString(temporary, json, StandardCharsets.UTF_8);
        Files.move(temporary, pidFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the pid file only if it still names this process. */
    private static void removePidFile(Path pidFile, long pid) {
        try {
            if (Files.readString(pidFile).matches("(?s).*\"pid\"\\s*:\\s*" + pid + "\\s*,.*")) {
                Files.delete(pidFile);
            }
        } catch (IOException e) {
            // Already gone, or unreadable: either way not ours to touch.
        }
    }

    private static String json(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Creates the user, or sets its password, so that a changed NEO4J_PASSWORD takes effect on restart. */
    private static void ensureUser(GraphDatabaseService system, String user, String password) {
        boolean exists;
        try (Transaction tx = system.beginTx()) {
            exists = tx.execute("SHOW USERS YIELD user WHERE user = $user RETURN user", Map.of("user", user))
                    .hasNext();
            tx.commit();
        }
        try (Transaction tx = system.beginTx()) {
            String statement = exists
                    ? "ALTER USER `" + escape(user) + "` SET PASSWORD $password CHANGE NOT REQUIRED"
                    : "CREATE USER `" + escape(user) + "` SET PASSWORD $password CHANGE NOT REQUIRED";
            tx.execute(statement, Map.of("password", password)).close();
            tx.commit();
        } catch (RuntimeException e) {
            // Setting the password it already has is refused by some versions; that is the state we want.
            if (!String.valueOf(e.getMessage()).contains("same")) {
                throw e;
            }
        }
    }

    /** User names cannot be parameters in administration commands; backticks quote them safely. */
    private static String escape(String name) {
        return name.replace("`", "``");
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || i + 1 >= args.length) {
                System.err.println("chipgraph-neo4j: expected --name value pairs, got '" + arg + "'");
                System.exit(2);
            }
            opts.put(arg.substring(2), args[++i]);
        }
        return opts;
    }

    private static String require(Map<String, String> opts, String name) {
        String value = opts.get(name);
        if (value == null) {
            System.err.println("chipgraph-neo4j: missing --" + name);
            System.exit(2);
        }
        return value;
    }
}
