package cryptix.jce.provider;

import java.security.Provider;

/**
 * Stand-in for the Cryptix JCE provider ({@code cryptix.jce:crytix-jce-provider}), which is not published on
 * Maven Central.
 *
 * <p>{@code org.opencms.main.OpenCmsCore} unconditionally executes
 * {@code Security.addProvider(new CryptixCrypto())} while it boots. OpenCms 11 does not use any algorithm that
 * only Cryptix offered (its password hashing uses the JDK and the scrypt library), so an empty provider that
 * registers no services is sufficient: every lookup falls through to the JDK's own providers.
 */
public final class CryptixCrypto extends Provider {

    private static final long serialVersionUID = 1L;

    /** Provider name under which this (empty) provider is registered. */
    public static final String PROVIDER_NAME = "CryptixCrypto";

    /** Creates the empty provider. */
    public CryptixCrypto() {
        super(PROVIDER_NAME, "1.0", "PortalKit stand-in for the Cryptix JCE provider (registers no services)");
    }
}
