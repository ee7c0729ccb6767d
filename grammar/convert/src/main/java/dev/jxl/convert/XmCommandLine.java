package dev.jxl.convert;

import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.SourcePosition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code VAR=VALUE} words of {@code xm create FILE VAR=VALUE…}, split as xm split them: a word
 * naming an xm option sets that option and wins over the file; any other word is a script variable
 * the file sees as a string. {@code optionWords} says which word (1-based) set each option. {@code --vmid N} is a shortcut for the script variable {@code vmid=N}.
 */
public record XmCommandLine(Map<String, String> options, Map<String, String> scriptVariables,
        Map<String, Integer> optionWords) {

    public static final String SOURCE = "<command line>";

    public XmCommandLine {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        scriptVariables = Collections.unmodifiableMap(new LinkedHashMap<>(scriptVariables));
        optionWords = Collections.unmodifiableMap(new LinkedHashMap<>(optionWords));
    }

    public static XmCommandLine parse(List<String> words, Integer vmid) {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> variables = new LinkedHashMap<>();
        Map<String, Integer> optionWords = new LinkedHashMap<>();
        if (vmid != null) {
            variables.put("vmid", Integer.toString(vmid));
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            int eq = word.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException(Diagnostic.error(new SourcePosition(SOURCE, i + 1, 1), null,
                        "expected VAR=VALUE, got `" + word + "`"));
            }
            // xm stripped the name and the value (opts.py set_var / create.py parseCommandLine)
            String name = word.substring(0, eq).strip();
            String value = word.substring(eq + 1).strip();
            if (XmOptions.isOption(name)) {
                options.put(name, value);
                optionWords.put(name, i + 1);
            } else {
                variables.put(name, value);
            }
        }
        return new XmCommandLine(options, variables, optionWords);
    }

    /** Where the n-th (1-based) word of the command line is reported. */
    static SourcePosition positionOf(int word) {
        return new SourcePosition(SOURCE, word, 1);
    }
}
