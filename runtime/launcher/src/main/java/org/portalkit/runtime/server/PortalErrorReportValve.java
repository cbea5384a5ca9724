package org.portalkit.runtime.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.portalkit.runtime.support.web.SecurityHeaders;

/**
 * The Tomcat host's error report valve in the PortalKit runtime: the page for errors no error page of the web
 * application answered (a malformed request line or URL, which Tomcat rejects before the application sees it, or an
 * error inside an error page). A short page in Vietnamese and English with a link home; never an exception, a stack
 * trace or the server software and version. It carries the PortalKit security headers.
 */
public class PortalErrorReportValve extends ErrorReportValve {

    private static final String TEMPLATE = load();

    /** Creates the valve; Tomcat's own report and server information are off. */
    public PortalErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            SecurityHeaders.apply(response, false);
            response.setHeader("Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot take a body: nothing more to do
        }
    }

    /**
     * @param status the HTTP status
     * @return the page for the status
     */
    static String page(int status) {
        String titleVi;
        String textVi;
        String titleEn;
        String textEn;
        if (status == 404) {
            titleVi = "Không tìm thấy trang";
            textVi = "Trang bạn tìm không tồn tại hoặc đã được chuyển đi.";
            titleEn = "Page not found";
            textEn = "The page you are looking for does not exist or has moved.";
        } else if (status >= 400 && status < 500) {
            titleVi = "Yêu cầu không hợp lệ";
            textVi = "Máy chủ không hiểu yêu cầu này. Vui lòng kiểm tra lại địa chỉ.";
            titleEn = "Bad request";
            textEn = "The server could not understand this request. Please check the address.";
        } else {
            titleVi = "Đã có lỗi xảy ra";
            textVi = "Rất tiếc, trang này tạm thời không hiển thị được. Vui lòng thử lại sau.";
            titleEn = "Something went wrong";
            textEn = "Sorry, this page cannot be shown right now. Please try again later.";
        }
        return TEMPLATE.replace("${titleVi}", titleVi).replace("${textVi}", textVi)
            .replace("${titleEn}", titleEn).replace("${textEn}", textEn);
    }

    private static String load() {
        try (InputStream in = PortalErrorReportValve.class.getResourceAsStream("error-page.html")) {
            if (in == null) {
                throw new IllegalStateException("error-page.html missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
