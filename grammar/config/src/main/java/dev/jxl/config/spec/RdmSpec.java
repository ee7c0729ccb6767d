package dev.jxl.config.spec;

import dev.jxl.config.libxl.LibxlEnums.RdmPolicy;
import dev.jxl.config.libxl.LibxlEnums.RdmStrategy;
import dev.jxl.config.libxl.RdmReserve;
import dev.jxl.diag.Echo;
import java.util.function.Consumer;

/**
 * The {@code rdm} string ({@code libxlu_pci.c}, xlu_rdm_parse): {@code strategy=host[,policy=
 * strict|relaxed]}, keys in any order. xl never fails on it: a bad string only makes xl ignore it.
 *
 * <p>xl 4.17 bug, kept by default: after a <em>successful</em> policy parse the code jumps to its
 * error exit ({@code if (!parse_rdm_policy(...)) goto parse_error}), so any string with a valid
 * policy is ignored as a whole. An invalid policy is complained about and then accepted, leaving
 * xl's uninitialised stack values in the fields (printed as null). {@link Result} gives both what
 * xl does and what the string means.
 */
public final class RdmSpec {
    private RdmSpec() {
    }

    /**
     * @param xl                the rdm xl stores, or null when xl ignores the string (b_info keeps its default)
     * @param xlStrategyUnnamed xl stores an uninitialised strategy (printed as null); only with {@code xl}
     * @param intended          the correct reading of the string, or null when it is not valid
     * @param policyBugApplied  the string is valid with a policy, and xl 4.17 ignores it for that
     */
    public record Result(RdmReserve xl, boolean xlStrategyUnnamed, RdmReserve intended, boolean policyBugApplied) {
    }

    private enum St { TYPE, STRATEGY, POLICY, TERMINAL }

    public static Result parse(String spec, Consumer<String> warn) {
        boolean strategySet = false;
        RdmPolicy policy = null;
        boolean invalidPolicy = false;
        boolean validPolicy = false;
        boolean xlFailed = false;
        boolean broken = false; // an error that ends xl's scan
        St st = St.TYPE;
        int tok = 0;
        int n = spec.length();
        int ptr = 0;
        for (; ptr <= n && !broken; ptr++) {
            char c = ptr < n ? spec.charAt(ptr) : '\0';
            switch (st) {
                case TYPE -> {
                    if (c == '=') {
                        String key = spec.substring(tok, ptr);
                        if (key.equals("strategy")) {
                            st = St.STRATEGY;
                        } else if (key.equals("policy")) {
                            st = St.POLICY;
                        } else {
                            warn.accept("Unknown RDM state option: " + Echo.value(key) + "; rdm ignored");
                            broken = true;
                        }
                        tok = ptr + 1;
                    }
                }
                case STRATEGY -> {
                    if (c == '\0' || c == ',') {
                        st = c == ',' ? St.TYPE : St.TERMINAL;
                        String v = spec.substring(tok, ptr);
                        if (v.equals("host")) {
                            strategySet = true;
                        } else {
                            warn.accept("Unknown RDM strategy option: " + Echo.value(v) + "; rdm ignored");
                            broken = true;
                        }
                        tok = ptr + 1;
                    }
                }
                case POLICY -> {
                    if (c == '\0' || c == ',') {
                        st = c == ',' ? St.TYPE : St.TERMINAL;
                        String v = spec.substring(tok, ptr);
                        RdmPolicy p = PciSpec.rdmPolicy(v);
                        if (p == null) {
                            warn.accept("Unknown RDM policy: " + v);
                            invalidPolicy = true;
                        } else {
                            policy = p;
                            validPolicy = true;
                            broken = true; // the bug: success is treated as failure
                        }
                        tok = ptr + 1;
                    }
                }
                default -> { }
            }
        }
        if (broken) {
            xlFailed = true;
        } else if (tok != ptr || st != St.TERMINAL) {
            xlFailed = true;
        }
        // The correct reading: same grammar, a valid policy accepted, anything odd refused.
        boolean intendedOk = !invalidPolicy && (!xlFailed || validPolicy && correctlyFormed(spec));
        RdmReserve intended = intendedOk
                ? new RdmReserve(strategySet ? RdmStrategy.HOST : RdmStrategy.IGNORE,
                policy == null ? RdmPolicy.INVALID : policy, false)
                : null;
        if (xlFailed) {
            return new Result(null, false, intended, validPolicy && intended != null);
        }
        RdmReserve xl = new RdmReserve(strategySet ? RdmStrategy.HOST : RdmStrategy.IGNORE, RdmPolicy.INVALID, true);
        return new Result(xl, !strategySet, intended, false);
    }

    /** Whether the string is a well-formed {@code key=value[,key=value]} list of known keys and values. */
    private static boolean correctlyFormed(String spec) {
        if (spec.isEmpty() || spec.endsWith(",")) {
            return false;
        }
        for (String part : spec.split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                return false;
            }
            String k = part.substring(0, eq);
            String v = part.substring(eq + 1);
            boolean ok = k.equals("strategy") ? v.equals("host")
                    : k.equals("policy") && PciSpec.rdmPolicy(v) != null;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
