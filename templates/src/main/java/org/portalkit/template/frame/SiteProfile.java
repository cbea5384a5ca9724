package org.portalkit.template.frame;

import java.util.Locale;
import java.util.regex.Pattern;

import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.main.CmsException;
import org.portalkit.core.url.SafeLink;

/**
 * Who runs the site, as the site's configuration says: the agency's name and contact details the header and the
 * footer show. Every value is a property of the site folder, so an administrator edits them in the workplace (folder
 * properties of the site) without touching code. A property may have a value per language: OpenCms reads
 * {@code pk.agency_en} for English pages and {@code pk.agency} otherwise.
 *
 * <table>
 * <caption>Site properties</caption>
 * <tr><td>{@code Title}</td><td>the site's name, e.g. "Cổng thông tin điện tử Sở Lao động – Thương binh và Xã hội"</td></tr>
 * <tr><td>{@value #AGENCY}</td><td>the agency, e.g. "Sở Lao động – Thương binh và Xã hội tỉnh Kon Tum"</td></tr>
 * <tr><td>{@value #PARENT}</td><td>the authority above it, e.g. "Ủy ban nhân dân tỉnh Kon Tum" (optional)</td></tr>
 * <tr><td>{@value #ADDRESS}, {@value #PHONE}, {@value #EMAIL}, {@value #HOURS}</td><td>contact details (optional;
 *     a phone becomes a {@code tel:} link of its digits, an e-mail address a {@code mailto:} link when it is
 *     one)</td></tr>
 * <tr><td>{@value #RESPONSIBLE}</td><td>the person responsible for the content (Decree 224/2026, optional)</td></tr>
 * <tr><td>{@value #COPYRIGHT}</td><td>the copyright line (default "© <site name>")</td></tr>
 * <tr><td>{@value #EMBLEM}</td><td>site path of the emblem image in the header (optional)</td></tr>
 * <tr><td>{@value #EMC}, {@value #EMC_IMAGE}</td><td>the EMC badge: its certificate link (checked like every
 *     outside link) and image (site path); no badge without both</td></tr>
 * </table>
 */
public final class SiteProfile {

    /** Property: the agency's name. */
    public static final String AGENCY = "pk.agency";
    /** Property: the authority the agency belongs to. */
    public static final String PARENT = "pk.agency.parent";
    /** Property: postal address. */
    public static final String ADDRESS = "pk.address";
    /** Property: phone number. */
    public static final String PHONE = "pk.phone";
    /** Property: e-mail address. */
    public static final String EMAIL = "pk.email";
    /** Property: working hours. */
    public static final String HOURS = "pk.hours";
    /** Property: the person responsible for the content. */
    public static final String RESPONSIBLE = "pk.responsible";
    /** Property: the copyright line. */
    public static final String COPYRIGHT = "pk.copyright";
    /** Property: site path of the emblem image. */
    public static final String EMBLEM = "pk.emblem";
    /** Property: link of the EMC certificate. */
    public static final String EMC = "pk.emc";
    /** Property: site path of the EMC badge image. */
    public static final String EMC_IMAGE = "pk.emc.image";

    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}");

    private static final Pattern SITE_PATH = Pattern.compile("/[A-Za-z0-9/._-]{1,300}");

    private static final int MAX_TEXT = 300;

    private final String siteName;
    private final String agency;
    private final String parent;
    private final String address;
    private final String phone;
    private final String email;
    private final String hours;
    private final String responsible;
    private final String copyright;
    private final String emblem;
    private final String emc;
    private final String emcImage;

    private SiteProfile(Values values) {
        siteName = values.text("Title");
        agency = values.text(AGENCY);
        parent = values.text(PARENT);
        address = values.text(ADDRESS);
        phone = values.text(PHONE);
        email = values.text(EMAIL);
        hours = values.text(HOURS);
        responsible = values.text(RESPONSIBLE);
        String line = values.text(COPYRIGHT);
        copyright = line.isEmpty() && !siteName.isEmpty() ? "© " + siteName : line;
        emblem = sitePath(values.text(EMBLEM));
        String certificate = values.text(EMC);
        SafeLink link = certificate.isEmpty() ? null : SafeLink.check(certificate);
        String badge = sitePath(values.text(EMC_IMAGE));
        boolean badgeShown = link != null && link.isSafe() && link.kind() == SafeLink.Kind.ABSOLUTE && !badge.isEmpty();
        emc = badgeShown ? link.link() : "";
        emcImage = badgeShown ? badge : "";
    }

    /** The values of the site's properties, by name. */
    interface Values {
        /** @return the value, stripped; empty when unset */
        String text(String property);
    }

    /**
     * @param cms the request's context
     * @param locale the page's locale (chooses {@code name_<locale>} values)
     * @return the profile of the request's site
     */
    public static SiteProfile of(CmsObject cms, Locale locale) {
        CmsResource site;
        try {
            site = cms.readResource("/");
        } catch (CmsException e) {
            return of(name -> "");
        }
        return of(name -> {
            try {
                String value = cms.readPropertyObject(site, name, false, locale).getValue();
                return clip(value);
            } catch (CmsException e) {
                return "";
            }
        });
    }

    static SiteProfile of(Values values) {
        return new SiteProfile(values);
    }

    static String clip(String value) {
        if (value == null) {
            return "";
        }
        String text = value.strip();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    static String sitePath(String value) {
        return SITE_PATH.matcher(value).matches() && !value.contains("..") && !value.contains("//") ? value : "";
    }

    /** @return the site's name (the site folder's Title), may be empty */
    public String getSiteName() {
        return siteName;
    }

    /** @return the agency's name, may be empty */
    public String getAgency() {
        return agency;
    }

    /** @return the authority above the agency, may be empty */
    public String getParent() {
        return parent;
    }

    /** @return the address, may be empty */
    public String getAddress() {
        return address;
    }

    /** @return the phone number as written, may be empty */
    public String getPhone() {
        return phone;
    }

    /** @return a {@code tel:} link of the phone's digits (and a leading +), empty without a usable number */
    public String getPhoneHref() {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && digits.length() == 0) {
                digits.append(c);
            } else if (c == ',' || c == ';' || c == '/') {
                break;
            }
        }
        return digits.length() >= 3 ? "tel:" + digits : "";
    }

    /** @return the e-mail address as written, may be empty */
    public String getEmail() {
        return email;
    }

    /** @return a {@code mailto:} link when the e-mail value is one address, else empty */
    public String getEmailHref() {
        return EMAIL_ADDRESS.matcher(email).matches() ? "mailto:" + email : "";
    }

    /** @return the working hours, may be empty */
    public String getHours() {
        return hours;
    }

    /** @return the person responsible for the content, may be empty */
    public String getResponsible() {
        return responsible;
    }

    /** @return the copyright line, may be empty */
    public String getCopyright() {
        return copyright;
    }

    /** @return the site path of the emblem image, empty without one */
    public String getEmblem() {
        return emblem;
    }

    /** @return the EMC certificate link, empty when the site shows no badge */
    public String getEmc() {
        return emc;
    }

    /** @return the site path of the EMC badge image, empty when the site shows no badge */
    public String getEmcImage() {
        return emcImage;
    }
}
