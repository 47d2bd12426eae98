package vn.laichau.par.application.download;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.application.indicator.ParIndexChart;
import vn.laichau.par.application.report.PeriodicReports;
import vn.laichau.par.application.report.PeriodicReports.DraftRequest;
import vn.laichau.par.application.report.ReportFile;
import vn.laichau.par.application.report.ReportPeriod;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.persistence.download.DownloadKeyRepository;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.plan.ParIndexRepository;

/**
 * Signed download links for one purpose each: one official's draft of one CCHC report, or the PAR INDEX chart.
 * A link is {@code <public URL>/api/v1/downloads/<token>}; the token says what, for whom and until when, and an
 * HMAC-SHA256 under the database's download secret seals it. Opening it checks the seal, the time and — through
 * the report's own use case — that the official is still active and may still read that report; the file is
 * made then, from the data of that moment. Without a public URL ({@code PAR_PUBLIC_URL}) no link is made.
 */
@ApplicationScoped
public class DownloadLinks {

    /** How long a link given in a chat may be opened. */
    public static final Duration CHAT_LINK_LIFETIME = Duration.ofMinutes(30);
    /** The API path a token is appended to. */
    public static final String PATH = "/api/v1/downloads/";

    private static final String FORMAT = "d1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** What a link lets its holder download. */
    public enum Purpose {
        /** The draft of a periodic CCHC report (DOCX). */
        CCHC_DRAFT,
        /** The PAR INDEX history chart (PNG). */
        PAR_INDEX_CHART
    }

    private final DownloadKeyRepository keys;
    private final PeriodicReports reports;
    private final ParIndexRepository parIndex;
    private final OfficialRepository officials;
    private final Optional<URI> publicUrl;
    private final Clock clock;

    @Inject
    public DownloadLinks(DownloadKeyRepository keys, PeriodicReports reports, ParIndexRepository parIndex,
                         OfficialRepository officials,
                         @ConfigProperty(name = "par.public.url") Optional<String> publicUrl, Clock clock) {
        this.keys = keys;
        this.reports = reports;
        this.parIndex = parIndex;
        this.officials = officials;
        this.publicUrl = publicUrl.map(String::strip).filter(url -> !url.isEmpty()).map(DownloadLinks::base);
        this.clock = clock;
    }

    /** For the container's client proxy only. */
    protected DownloadLinks() {
        this.keys = null;
        this.reports = null;
        this.parIndex = null;
        this.officials = null;
        this.publicUrl = Optional.empty();
        this.clock = null;
    }

    /** The public base URL, checked: http(s), a host, no query; a trailing slash is dropped. */
    static URI base(String url) {
        URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("PAR_PUBLIC_URL must be an http(s) URL with a host and no query, not "
                    + url);
        }
        return uri;
    }

    /** Whether links can be made (a public URL is set). */
    public boolean enabled() {
        return publicUrl.isPresent();
    }

    /** A link to the draft {@code request} names, for {@code officialId}; empty without a public URL. */
    @Transactional
    public Optional<String> draftLink(long officialId, DraftRequest request, Duration lifetime) {
        return publicUrl.map(base -> base + PATH + sign(String.join("|", FORMAT, Purpose.CCHC_DRAFT.name(),
                Long.toString(officialId), Long.toString(request.planId()), Integer.toString(request.year()),
                request.period().name(), request.agencyId().map(String::valueOf).orElse("-"),
                Long.toString(clock.instant().plus(lifetime).getEpochSecond()))));
    }

    /** A link to the PAR INDEX chart for {@code officialId}, valid {@link #CHAT_LINK_LIFETIME}; empty without a public URL. */
    @Transactional
    public Optional<String> chartLink(long officialId) {
        return publicUrl.map(base -> base + PATH + sign(String.join("|", FORMAT, Purpose.PAR_INDEX_CHART.name(),
                Long.toString(officialId), Long.toString(clock.instant().plus(CHAT_LINK_LIFETIME).getEpochSecond())))
                + ".png");
    }

    /**
     * The file a token names, made now. A token that was altered, or is not one, is refused as forbidden; one
     * past its time as expired; the report's own rule refuses an official who may no longer read it.
     */
    @Transactional
    public ReportFile open(String token) {
        String[] fields = verified(token == null ? "" : token.strip());
        long officialId = Long.parseLong(fields[2]);
        Purpose purpose = Purpose.valueOf(fields[1]);
        if (purpose == Purpose.PAR_INDEX_CHART) {
            officials.findById(officialId).filter(o -> o.isActive()).orElseThrow(DownloadLinks::invalid);
            return new ReportFile("chi-so-cchc.png", "image/png",
                    ParIndexChart.png(ParIndexChart.shownHistory(parIndex.all())));
        }
        Optional<Long> agency = fields[6].equals("-") ? Optional.empty() : Optional.of(Long.parseLong(fields[6]));
        return reports.draft(officialId, new DraftRequest(Long.parseLong(fields[3]), Integer.parseInt(fields[4]),
                ReportPeriod.valueOf(fields[5]), agency));
    }

    private String sign(String payload) {
        String body = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return body + "." + ENCODER.encodeToString(mac(body));
    }

    /** The payload's fields once seal and time are checked. */
    private String[] verified(String token) {
        String bare = token.endsWith(".png") ? token.substring(0, token.length() - 4) : token;
        int dot = bare.indexOf('.');
        if (dot <= 0 || dot != bare.lastIndexOf('.') || bare.length() > 1000) {
            throw invalid();
        }
        String body = bare.substring(0, dot);
        byte[] given;
        String payload;
        try {
            given = DECODER.decode(bare.substring(dot + 1));
            payload = new String(DECODER.decode(body), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(given, mac(body))) {
            throw invalid();
        }
        String[] fields = payload.split("\\|");
        boolean chart = fields.length == 4 && fields[1].equals(Purpose.PAR_INDEX_CHART.name());
        boolean draft = fields.length == 8 && fields[1].equals(Purpose.CCHC_DRAFT.name());
        if (!FORMAT.equals(fields[0]) || !(chart || draft) || chart != token.endsWith(".png")) {
            throw invalid();
        }
        Instant expires = Instant.ofEpochSecond(Long.parseLong(fields[fields.length - 1]));
        if (!clock.instant().isBefore(expires)) {
            throw Refusal.of(Refusal.Reason.EXPIRED, "download-link-expired",
                    "Liên kết tải đã hết hạn; hãy gửi lại lệnh cho bot để nhận liên kết mới",
                    "The download link has expired; send the command to the bot again for a new one");
        }
        return fields;
    }

    private static Refusal invalid() {
        return Refusal.of(Refusal.Reason.FORBIDDEN, "download-link-invalid",
                "Liên kết tải không hợp lệ", "The download link is not valid");
    }

    private byte[] mac(String body) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(keys.secret(clock.instant()), "HmacSHA256"));
            return hmac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
