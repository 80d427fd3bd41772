package dev.mifty.designer.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mifty.designer.design.EditException;
import dev.mifty.designer.views.ViewException;
import dev.mifty.designer.workspace.Workspace;
import dev.mifty.runtime.MiftyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * The designer's HTTP server (the JDK's {@code com.sun.net.httpserver}): the page under
 * {@code /ui}, Mermaid under {@code /vendor}, the JSON API under {@code /api}. One request at a
 * time (a single worker thread), so two actions never race on the database or the sources.
 *
 * <p>Every API request needs the token and a {@code Host} naming this server; in production
 * every POST (every action) is refused.
 */
public final class DesignerServer implements AutoCloseable {

    private final HttpServer http;
    private final ExecutorService worker;
    private final Access access;
    private final Api api;
    private final StaticAssets assets;
    private final Workspace workspace;
    private final UnaryOperator<String> redact;

    private DesignerServer(HttpServer http, ExecutorService worker, Access access, Workspace workspace,
                           UnaryOperator<String> redact) {
        this.http = http;
        this.worker = worker;
        this.access = access;
        this.workspace = workspace;
        this.redact = redact;
        this.assets = new StaticAssets();
        this.api = new Api(workspace, assets.mermaidVersion());
    }

    /** Binds {@code host:port} (port 0: any free port) and starts serving. */
    public static DesignerServer start(String host, int port, Workspace workspace, UnaryOperator<String> redact) {
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (java.net.BindException e) {
            throw new IllegalStateException("port " + port + " on " + host + " is in use: start with --port=<another port>", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
        }
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mifty-designer");
            t.setDaemon(true);
            return t;
        });
        Access access = Access.random(host, http.getAddress().getPort());
        DesignerServer server = new DesignerServer(http, worker, access, workspace, redact);
        http.setExecutor(worker);
        http.createContext("/", server::handle);
        http.start();
        return server;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String token() {
        return access.token();
    }

    /** The address to open, token included. */
    public String url() {
        String host = http.getAddress().getHostString();
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + "/ui?token=" + access.token();
    }

    @Override
    public void close() {
        http.stop(0);
        worker.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            if (!access.hostAllowed(exchange)) {
                HttpIo.error(exchange, 403, "unknown Host header: open the designer by the address it printed");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/api/")) {
                handleApi(exchange, path);
                return;
            }
            if (path.equals("/")) {
                exchange.getResponseHeaders().set("Location", "/ui");
                HttpIo.send(exchange, 302, new byte[0]);
                return;
            }
            var asset = assets.find(path);
            if (asset.isEmpty() || !exchange.getRequestMethod().equals("GET")) {
                HttpIo.send(exchange, 404, HttpIo.utf8("not found"));
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", asset.get().contentType());
            HttpIo.send(exchange, 200, asset.get().bytes());
        } catch (RuntimeException e) {
            HttpIo.error(exchange, 500, redact.apply(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private void handleApi(HttpExchange exchange, String path) throws IOException {
        if (!access.tokenPresent(exchange)) {
            HttpIo.error(exchange, 403, "missing or wrong token: open the designer by the address it printed (with ?token=...)");
            return;
        }
        String method = exchange.getRequestMethod();
        boolean post = method.equals("POST");
        if (!post && !method.equals("GET")) {
            HttpIo.error(exchange, 405, method + " is not supported");
            return;
        }
        if (post && workspace.readOnly()) {
            HttpIo.error(exchange, 403, "the designer is read-only in production (MIFTY_ENV=production): no action runs");
            return;
        }
        try {
            Object result = post ? post(path, HttpIo.body(exchange)) : get(path);
            if (result == null) {
                HttpIo.error(exchange, 404, "no " + method + " " + path);
                return;
            }
            HttpIo.json(exchange, 200, result);
        } catch (EditException e) {
            HttpIo.error(exchange, 400, e.getMessage());
        } catch (ViewException e) {
            HttpIo.error(exchange, e.status(), e.getMessage());
        } catch (MiftyException e) {
            HttpIo.json(exchange, 409, Map.of("error", redact.apply(e.getMessage()), "code", e.code().name()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            HttpIo.error(exchange, 400, "the request body is not JSON: " + e.getOriginalMessage());
        }
    }

    private Object get(String path) {
        return switch (path) {
            case "/api/info" -> api.info();
            case "/api/model" -> api.model();
            case "/api/migrations" -> api.migrations();
            case "/api/drift" -> api.drift();
            case "/api/entities" -> api.entities();
            default -> path.startsWith("/api/migrations/") ? api.migration(path.substring("/api/migrations/".length())) : null;
        };
    }

    private Object post(String path, JsonNode body) {
        return switch (path) {
            case "/api/migrate" -> api.migrate(body);
            case "/api/rollback" -> api.rollback(body);
            case "/api/sync" -> api.sync();
            case "/api/drift/migration" -> api.driftMigration(body);
            case "/api/design/preview" -> api.preview(body);
            case "/api/design/save" -> api.save(body);
            case "/api/design/generate" -> api.generate(body);
            default -> null;
        };
    }
}
