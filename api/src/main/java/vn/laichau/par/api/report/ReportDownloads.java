package vn.laichau.par.api.report;

import jakarta.ws.rs.core.Response;
import vn.laichau.par.application.report.ReportFile;

/** A report as a download: its media type, its file name, never cached by a shared cache. */
final class ReportDownloads {

    private ReportDownloads() {
    }

    static Response of(ReportFile file) {
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
