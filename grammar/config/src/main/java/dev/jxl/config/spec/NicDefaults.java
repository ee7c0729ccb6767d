package dev.jxl.config.spec;

/**
 * The xl.conf values every vif starts from ({@code vif.default.script}, {@code vif.default.bridge},
 * {@code vif.default.gatewaydev}, {@code vif.default.backend}); null when xl.conf does not set one.
 */
public record NicDefaults(String script, String bridge, String gatewaydev, String backend) {
    /** Nothing set, as with the stock xl.conf. */
    public static final NicDefaults NONE = new NicDefaults(null, null, null, null);
}
