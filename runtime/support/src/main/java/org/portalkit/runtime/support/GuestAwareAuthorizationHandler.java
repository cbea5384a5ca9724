package org.portalkit.runtime.support;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.opencms.main.CmsHttpAuthenticationSettings;
import org.opencms.main.OpenCms;
import org.opencms.security.CmsDefaultAuthorizationHandler;

/**
 * OpenCms' default authorization handler, for a server without a login: when a visitor who is not logged
 * in asks for a resource guests may not read (a module's jars, a protected page) and neither browser
 * authentication nor a login form is configured, OpenCms' own handler logs an error and answers 500 with an
 * empty page. This one answers 404, as if the resource did not exist, so nothing about it is given away.
 * With a login form or browser authentication configured, OpenCms' behaviour stays as it is.
 */
public class GuestAwareAuthorizationHandler extends CmsDefaultAuthorizationHandler {

    @Override
    public void requestAuthorization(HttpServletRequest req, HttpServletResponse res, String loginFormURL) throws IOException {
        CmsHttpAuthenticationSettings settings = OpenCms.getSystemInfo().getHttpAuthenticationSettings();
        String formUri = settings.getFormBasedHttpAuthenticationUri();
        if ((loginFormURL == null) && !settings.useBrowserBasedHttpAuthentication() && ((formUri == null) || formUri.isBlank())) {
            res.setStatus(HttpServletResponse.SC_NOT_FOUND);
            res.setContentType("text/plain;charset=UTF-8");
            res.setHeader("Cache-Control", "no-store");
            res.getWriter().write("Not found\n");
            return;
        }
        super.requestAuthorization(req, res, loginFormURL);
    }
}
