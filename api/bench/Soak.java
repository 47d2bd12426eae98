import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded soak of a running server on loopback: an open loop of mixed reads and writes at a fixed rate, the
 * server's heap (jstat) and resident memory (/proc) sampled at a fixed interval, then a Markdown table, a CSV and
 * an SVG plot. Exits 1 when any request failed or went unanswered, 0 otherwise.
 *
 * <p>Run by {@code api/bench/soak.sh}; JDK 17 only, no dependencies ({@code java Soak.java}).
 */
public final class Soak {

    /** One kind of request in the mix, with how many of every twenty requests it makes. */
    enum Kind {
        OVERDUE_LIST(4), OPEN_LIST_OF_AGENCY(2), OCCURRENCE(3), TASK_SEARCH(2), TASK(1), AGENCY(1),
        STATUS_DASHBOARD(2), OVERDUE_DASHBOARD(1), NOTIFICATIONS(1), DEADLINE_PREVIEW(1), PROGRESS_REPORT(2),
        /** The client's token renewal every five minutes, outside the mix. */
        TOKEN_REFRESH(0);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    private static final Pattern ACCESS = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern REFRESH = Pattern.compile("\"refreshToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ITEM = Pattern.compile(
            "\\{\"id\":(\\d+),[^{}]*?\"taskId\":(\\d+)[^{}]*?\"agencyId\":(\\d+)");

    private final String api;
    // HTTP/1.1 as browsers, mobile clients and reverse proxies speak to the server (no cleartext HTTP/2 upgrade).
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8)).build();
    private volatile String bearer;
    private String refreshToken;
    private final int planId;
    private final int year;
    private final List<long[]> occurrences = new ArrayList<>();
    private final ConcurrentHashMap<Long, String> etags = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Boolean> writing = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    private final Map<Kind, AtomicLong> failures = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failureSamples = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> windowLatencies = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> allLatencies = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final Kind[] schedule;

    private Soak(String base, int planId, int year) {
        this.api = base + "/api/v1";
        this.planId = planId;
        this.year = year;
        List<Kind> slots = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < kind.weight; i++) {
                slots.add(kind);
            }
            failures.put(kind, new AtomicLong());
        }
        // Interleaved, so that every second carries the whole mix.
        schedule = new Kind[slots.size()];
        for (int i = 0; i < schedule.length; i++) {
            schedule[i] = slots.get((i * 7) % slots.size());
        }
    }

    public static void main(String[] args) throws Exception {
        String base = env("PAR_BENCH_BASE", "http://127.0.0.1:8080");
        if (!base.matches("http://(127\\.0\\.0\\.1|localhost|\\[::1\\]):\\d+")) {
            throw new IllegalArgumentException("PAR_BENCH_BASE must be a loopback address, not " + base);
        }
        int seconds = Integer.parseInt(env("PAR_SOAK_SECONDS", "600"));
        int rate = Integer.parseInt(env("PAR_SOAK_RATE", "200"));
        int sampleSeconds = Integer.parseInt(env("PAR_SOAK_SAMPLE_SECONDS", "10"));
        if (seconds > 3600 || rate > 2000) {
            throw new IllegalArgumentException("at most 3600 s and 2000 requests/s");
        }
        long pid = Long.parseLong(env("PAR_SOAK_PID", ""));
        Path out = Path.of(env("PAR_SOAK_OUT", "target/soak"));
        Files.createDirectories(out);
        Soak soak = new Soak(base, Integer.parseInt(env("PAR_SOAK_PLAN", "1")),
                Integer.parseInt(env("PAR_SOAK_YEAR", "2018")));
        soak.signIn(env("PAR_BENCH_USER", ""), env("PAR_BENCH_PASSWORD", ""));
        soak.pickOccurrences();
        try {
            soak.run(seconds, rate, sampleSeconds, pid, out);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(2);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            if (fallback.isEmpty()) {
                throw new IllegalArgumentException("set " + name);
            }
            return fallback;
        }
        return value;
    }

    private void signIn(String user, String password) throws IOException, InterruptedException {
        String body = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
        HttpResponse<String> answer = http.send(json(URI.create(api + "/auth/token"), body).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("sign-in failed: " + answer.statusCode() + " " + answer.body());
        }
        keepTokens(answer.body());
    }

    private void keepTokens(String body) {
        Matcher access = ACCESS.matcher(body);
        Matcher refresh = REFRESH.matcher(body);
        if (!access.find() || !refresh.find()) {
            throw new IllegalStateException("no tokens in " + body);
        }
        bearer = "Bearer " + access.group(1);
        refreshToken = refresh.group(1);
    }

    /** Renews the access token the way a client does before it expires: a refresh, itself timed and counted. */
    private void renew() {
        try {
            long start = System.nanoTime();
            sent.incrementAndGet();
            HttpResponse<String> answer = http.send(json(URI.create(api + "/auth/refresh"),
                    "{\"refreshToken\":\"" + refreshToken + "\"}").build(), HttpResponse.BodyHandlers.ofString());
            record(Kind.TOKEN_REFRESH, answer.statusCode() == 200, start, "refresh " + answer.statusCode());
            if (answer.statusCode() == 200) {
                keepTokens(answer.body());
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            failureSamples.add("refresh: " + e);
        }
    }

    private void pickOccurrences() throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(get(api + "/occurrences?status=OPEN&limit=200").build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher item = ITEM.matcher(answer.body());
        while (item.find()) {
            occurrences.add(new long[] {Long.parseLong(item.group(1)), Long.parseLong(item.group(2)),
                    Long.parseLong(item.group(3))});
        }
        if (occurrences.size() < 20) {
            throw new IllegalStateException("need at least 20 open occurrences, found " + occurrences.size()
                    + ": " + answer.statusCode());
        }
    }

    private void run(int seconds, int rate, int sampleSeconds, long pid, Path out) throws Exception {
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        long periodNanos = 1_000_000_000L / rate;
        List<String[]> rows = new ArrayList<>();
        Instant began = Instant.now();
        rows.add(sample(0, pid));
        timer.scheduleAtFixedRate(this::fire, 0, periodNanos, TimeUnit.NANOSECONDS);
        timer.scheduleAtFixedRate(this::renew, 300, 300, TimeUnit.SECONDS);
        for (int elapsed = sampleSeconds; elapsed <= seconds; elapsed += sampleSeconds) {
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), began.plusSeconds(elapsed)).toMillis()));
            rows.add(sample(elapsed, pid));
            String[] last = rows.get(rows.size() - 1);
            System.out.println(String.join("\t", last));
            for (String failure; (failure = failureSamples.poll()) != null; ) {
                System.out.println("  failed: " + failure);
            }
        }
        timer.shutdownNow();
        long deadline = System.currentTimeMillis() + 10_000;
        while (answered.get() < sent.get() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        report(rows, seconds, rate, out);
    }

    private void fire() {
        Kind kind = schedule[Math.floorMod(sequence.getAndIncrement(), schedule.length)];
        long[] occurrence = occurrences.get(Math.floorMod(sequence.get() * 31, occurrences.size()));
        long start = System.nanoTime();
        sent.incrementAndGet();
        HttpRequest request;
        switch (kind) {
            case OVERDUE_LIST -> request = get(api + "/occurrences?status=OVERDUE&year=" + year).build();
            case OPEN_LIST_OF_AGENCY -> request = get(api + "/occurrences?status=OPEN&agency=" + occurrence[2]).build();
            case OCCURRENCE -> request = get(api + "/occurrences/" + occurrence[0]).build();
            case TASK_SEARCH -> request = get(api + "/tasks?q=" + URLEncoder.encode("dao tao", StandardCharsets.UTF_8))
                    .build();
            case TASK -> request = get(api + "/tasks/" + occurrence[1]).build();
            case AGENCY -> request = get(api + "/agencies/" + occurrence[2]).build();
            case STATUS_DASHBOARD -> request = get(api + "/dashboards/plans/" + planId + "/years/" + year + "/status")
                    .build();
            case OVERDUE_DASHBOARD -> request = get(api + "/dashboards/plans/" + planId + "/years/" + year
                    + "/overdue").build();
            case NOTIFICATIONS -> request = get(api + "/me/notifications").build();
            case DEADLINE_PREVIEW -> request = json(URI.create(api + "/deadlines/preview"),
                    "{\"phrase\":\"Trước ngày 20/12 hằng năm\",\"years\":[" + year + "," + (year + 1) + "]}")
                    .header("Authorization", bearer).build();
            case PROGRESS_REPORT -> {
                reportProgress(start);
                return;
            }
            default -> throw new IllegalStateException(kind.name());
        }
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((answer, error) ->
                record(kind, error == null && answer.statusCode() == 200, start,
                        error != null ? error.toString() : answer.statusCode() + " " + request.uri()));
    }

    /**
     * A progress report on an occurrence no other report of this run is writing at the moment, with the ETag its
     * last answer gave (read first when unknown): an official's read-then-write, which must never conflict here.
     */
    private void reportProgress(long start) {
        long id = -1;
        for (int tries = 0; tries < occurrences.size(); tries++) {
            long candidate = occurrences.get(Math.floorMod(sequence.getAndIncrement(), occurrences.size()))[0];
            if (writing.putIfAbsent(candidate, Boolean.TRUE) == null) {
                id = candidate;
                break;
            }
        }
        if (id < 0) {
            record(Kind.PROGRESS_REPORT, false, start, "no occurrence free to write");
            return;
        }
        long occurrenceId = id;
        String known = etags.get(occurrenceId);
        var etag = known != null
                ? java.util.concurrent.CompletableFuture.completedFuture(known)
                : http.sendAsync(get(api + "/occurrences/" + occurrenceId).build(),
                        HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> r.headers().firstValue("ETag").orElseThrow());
        etag.thenCompose(tag -> http.sendAsync(json(URI.create(api + "/occurrences/" + occurrenceId + "/progress"),
                        "{\"percent\":" + (sequence.get() % 100) + ",\"note\":\"Đã triển khai đào tạo — soak\"}")
                        .header("Authorization", bearer).header("If-Match", tag).build(),
                HttpResponse.BodyHandlers.ofString()))
                .whenComplete((answer, error) -> {
                    if (answer != null) {
                        answer.headers().firstValue("ETag").ifPresentOrElse(
                                tag -> etags.put(occurrenceId, tag), () -> etags.remove(occurrenceId));
                    }
                    writing.remove(occurrenceId);
                    record(Kind.PROGRESS_REPORT, error == null && answer.statusCode() == 201, start,
                            error != null ? error.toString() : answer.statusCode() + " progress " + answer.body());
                });
    }

    private void record(Kind kind, boolean ok, long start, String what) {
        long micros = (System.nanoTime() - start) / 1000;
        windowLatencies.add(micros);
        allLatencies.add(micros);
        answered.incrementAndGet();
        if (!ok) {
            failures.get(kind).incrementAndGet();
            if (failureSamples.size() < 5) {
                failureSamples.add(kind + ": " + what);
            }
        }
    }

    private HttpRequest.Builder get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10))
                .header("Authorization", bearer).header("Accept", "application/json");
    }

    private static HttpRequest.Builder json(URI uri, String body) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    /** elapsed s, requests sent, answered, failed, p50 ms, p99 ms (this window), heap used MB, old gen MB, RSS MB. */
    private String[] sample(int elapsed, long pid) throws IOException, InterruptedException {
        long[] latencies = drain(windowLatencies);
        double[] heap = heap(pid);
        long failed = failures.values().stream().mapToLong(AtomicLong::get).sum();
        return new String[] {
            Integer.toString(elapsed), Long.toString(sent.get()), Long.toString(answered.get()),
            Long.toString(failed), millis(percentile(latencies, 50)), millis(percentile(latencies, 99)),
            String.format(Locale.ROOT, "%.0f", heap[0]), String.format(Locale.ROOT, "%.0f", heap[1]),
            Long.toString(rssMegabytes(pid))
        };
    }

    private static long[] drain(ConcurrentLinkedQueue<Long> queue) {
        List<Long> values = new ArrayList<>();
        for (Long value; (value = queue.poll()) != null; ) {
            values.add(value);
        }
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String millis(long micros) {
        return micros < 0 ? "–" : String.format(Locale.ROOT, "%.1f", micros / 1000.0);
    }

    /** Heap in use and old generation in use, in MB, from {@code jstat -gc}. */
    private static double[] heap(long pid) throws IOException, InterruptedException {
        Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(),
                "-gc", Long.toString(pid)).redirectErrorStream(true).start();
        String[] lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split("\n");
        jstat.waitFor();
        if (lines.length < 2) {
            throw new IllegalStateException("jstat gave " + Arrays.toString(lines));
        }
        List<String> names = Arrays.asList(lines[0].trim().split("\\s+"));
        String[] values = lines[1].trim().split("\\s+");
        double kb = 0;
        for (String space : List.of("S0U", "S1U", "EU", "OU")) {
            kb += Double.parseDouble(values[names.indexOf(space)]);
        }
        return new double[] {kb / 1024, Double.parseDouble(values[names.indexOf("OU")]) / 1024};
    }

    private static long rssMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    private void report(List<String[]> rows, int seconds, int rate, Path out) throws IOException {
        long[] all = drain(allLatencies);
        long failed = failures.values().stream().mapToLong(AtomicLong::get).sum();
        long unanswered = sent.get() - answered.get();
        StringBuilder table = new StringBuilder(
                "| s | sent | answered | failed | p50 ms | p99 ms | heap used MB | old gen MB | RSS MB |\n"
                        + "|---|---|---|---|---|---|---|---|---|\n");
        StringBuilder csv = new StringBuilder("seconds,sent,answered,failed,p50_ms,p99_ms,heap_mb,old_mb,rss_mb\n");
        for (String[] row : rows) {
            table.append("| ").append(String.join(" | ", row)).append(" |\n");
            csv.append(String.join(",", row).replace("–", "")).append('\n');
        }
        String summary = String.format(Locale.ROOT,
                "%d s at %d requests/s: %d sent, %d answered, %d failed, %d unanswered; p50 %s ms, p99 %s ms, "
                        + "max %s ms over the run. RSS %s → %s MB; old generation %s → %s MB.%n",
                seconds, rate, sent.get(), answered.get(), failed, unanswered, millis(percentile(all, 50)),
                millis(percentile(all, 99)), millis(all.length == 0 ? -1 : all[all.length - 1]),
                rows.get(0)[8], rows.get(rows.size() - 1)[8], rows.get(0)[7], rows.get(rows.size() - 1)[7]);
        StringBuilder perKind = new StringBuilder("failures per kind:");
        failures.forEach((kind, count) -> perKind.append(' ').append(kind).append('=').append(count.get()));
        Files.writeString(out.resolve("soak.md"), summary + "\n" + table);
        Files.writeString(out.resolve("soak.csv"), csv);
        Files.writeString(out.resolve("soak.svg"), plot(rows, seconds));
        System.out.println();
        System.out.print(table);
        System.out.println();
        System.out.print(summary);
        System.out.println(perKind);
        failureSamples.forEach(sample -> System.out.println("  " + sample));
        System.out.println("written: " + out.resolve("soak.md") + ", soak.csv, soak.svg");
        System.exit(failed == 0 && unanswered == 0 ? 0 : 1);
    }

    /** RSS, heap in use and old generation over time, with p99 latency on a second axis. */
    private static String plot(List<String[]> rows, int seconds) {
        int width = 760;
        int height = 320;
        int left = 60;
        int right = 60;
        int top = 30;
        int bottom = 40;
        double maxMb = rows.stream().mapToDouble(r -> Double.parseDouble(r[8])).max().orElse(1) * 1.15;
        double maxMs = rows.stream().map(r -> r[5]).filter(v -> !v.equals("–")).mapToDouble(Double::parseDouble)
                .max().orElse(1) * 1.15;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
                        + "font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", width, height));
        int plotWidth = width - left - right;
        int plotHeight = height - top - bottom;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#999\"/>%n", left, top, plotWidth, plotHeight));
        for (int i = 0; i <= 4; i++) {
            double y = top + plotHeight - i * plotHeight / 4.0;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.0f\" text-anchor=\"end\">%.0f MB</text>%n"
                            + "<text x=\"%d\" y=\"%.0f\">%.0f ms</text>%n", left - 4, y + 4, maxMb * i / 4,
                    left + plotWidth + 4, y + 4, maxMs * i / 4));
        }
        for (int s = 0; s <= seconds; s += Math.max(60, seconds / 10)) {
            double x = left + plotWidth * (double) s / seconds;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%d\" text-anchor=\"middle\">%d s</text>%n",
                    x, height - bottom + 16, s));
        }
        String[][] series = {{"8", "#c0392b", "RSS"}, {"6", "#2471a3", "heap in use"}, {"7", "#1e8449", "old gen"},
            {"5", "#7d3c98", "p99 (right axis)"}};
        int legend = left;
        for (String[] line : series) {
            int column = Integer.parseInt(line[0]);
            double max = column == 5 ? maxMs : maxMb;
            StringBuilder points = new StringBuilder();
            for (String[] row : rows) {
                if (row[column].equals("–")) {
                    continue;
                }
                double x = left + plotWidth * Double.parseDouble(row[0]) / seconds;
                double y = top + plotHeight - plotHeight * Double.parseDouble(row[column]) / max;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
                    + "points=\"%s\"/>%n<text x=\"%d\" y=\"18\" fill=\"%s\">%s</text>%n", line[1], points, legend,
                    line[1], line[2]));
            legend += 150;
        }
        return svg.append("</svg>\n").toString();
    }
}
