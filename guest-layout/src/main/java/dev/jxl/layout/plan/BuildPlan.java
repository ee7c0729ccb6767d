package dev.jxl.layout.plan;

import dev.jxl.config.libxl.YajlWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered hypercall-level steps that build one domain. Identified by its text: one step per
 * line, {@code INDEX LINE}, the index being what fault injection ({@code JXL_SIM_FAIL_AT}) names.
 */
public record BuildPlan(List<BuildStep> steps) {
    public BuildPlan {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || !(steps.get(0) instanceof BuildStep.CreateDomain)) {
            throw new IllegalArgumentException("a build plan starts with createdomain");
        }
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i) instanceof BuildStep.CreateDomain) {
                throw new IllegalArgumentException("a build plan creates one domain; step " + i + " creates another");
            }
        }
    }

    public int size() {
        return steps.size();
    }

    public BuildStep step(int index) {
        return steps.get(index);
    }

    public BuildStep.CreateDomain createDomain() {
        return (BuildStep.CreateDomain) steps.get(0);
    }

    /**
     * This plan as {@code create} runs it: the domain's libxl config kept ({@link BuildStep.StoreConfig})
     * where libxl keeps it, at the end of its create, right before the final unpausedomain.
     */
    public BuildPlan keepingConfig(String libxlJson) {
        List<BuildStep> out = new ArrayList<>(steps);
        int at = out.get(out.size() - 1) instanceof BuildStep.Unpause ? out.size() - 1 : out.size();
        out.add(at, new BuildStep.StoreConfig(libxlJson));
        return new BuildPlan(out);
    }

    /**
     * This plan as {@code create -p} runs it: without the final unpausedomain, so the domain is built
     * and left paused, as xl leaves it when it skips its libxl_domain_unpause. The plan must keep the
     * config ({@link #keepingConfig}): that step completes the create, so the domain is not taken for
     * a half-built one.
     */
    public BuildPlan leftPaused() {
        int last = steps.size() - 1;
        if (!(steps.get(last) instanceof BuildStep.Unpause) || last < 1
                || !(steps.get(last - 1) instanceof BuildStep.StoreConfig)) {
            throw new IllegalStateException("a plan is left paused after its config is kept, before its unpausedomain");
        }
        return new BuildPlan(steps.subList(0, last));
    }

    /** The canonical text, one {@code INDEX LINE} per step, indices right-aligned. */
    public String toText() {
        int width = Integer.toString(steps.size() - 1).length();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            String index = Integer.toString(i);
            b.append(" ".repeat(width - index.length())).append(index).append(' ').append(steps.get(i).line())
                    .append('\n');
        }
        return b.toString();
    }

    /**
     * The JSON view: an array with one object per step, {@code index}, {@code op} (the line's first
     * word), the step's arguments under the names its line gives them, then the {@code line} itself.
     */
    public void writeJson(YajlWriter w) {
        w.openArray();
        for (int i = 0; i < steps.size(); i++) {
            BuildStep step = steps.get(i);
            w.openMap().key("index").value(i).key("op").value(step.op());
            step.writeJsonFields(w);
            w.key("line").value(step.line()).closeMap();
        }
        w.closeArray();
    }

    /** {@link #writeJson} as a document of its own. */
    public String toJson() {
        YajlWriter w = new YajlWriter();
        writeJson(w);
        return w.toString();
    }

    @Override
    public String toString() {
        return toText();
    }
}
