package dev.jxl.gentypes;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * jxl's {@code gentypes.py}: from each record marked {@link Idl.Struct} it writes {@code XIdl}, the
 * struct's JSON writer (libxl's {@code _gen_json}: a field is printed unless it holds its init value;
 * aggregates always), and on request its init value ({@code _init}) and a mutable builder. The field
 * list, names, init values and JSON forms are read from the record's components, so each libxl field
 * is declared once, in the record. The output is plain straight-line code: no reflection and no
 * lambdas, which a cold {@code jxl -N create} would pay for. The annotations are source-only, so a
 * struct whose init value another one uses is compiled with it (all live in {@code config.libxl}).
 *
 * <p>To add a libxl field: add the component where the IDL has it, annotated only if its type's
 * init value or JSON form is not the field's; fill it in the binder. Nothing else lists it.
 */
@SupportedAnnotationTypes("dev.jxl.gentypes.Idl.Struct")
public final class GenTypes extends AbstractProcessor {
    private static final String LIBXL = "dev.jxl.config.libxl";
    private static final String JSON = LIBXL + ".LibxlJson";
    private static final String STRUCT = JSON + ".Struct";
    private static final String ENUM = LIBXL + ".LibxlEnum";
    private static final String DEFBOOL = LIBXL + ".Defbool";

    /** How libxl's generated code prints a field: the LibxlJson method, and whether it takes the init value. */
    private enum Form {
        INTEGER("integer", true), UINT64("uint64", true), ENUM("enumeration", true), BOOL("bool", false),
        DEFBOOL("defbool", false), STRING("string", false), BITMAP("bitmap", false), BITMAPS("bitmaps", false),
        INTEGERS("integers", false), STRINGS("stringList", false), ENUMS("enums", false), STRUCT("struct", false),
        STRUCTS("structs", false), CUSTOM(null, false), SKIP(null, false);

        final String method;
        final boolean takesInit;

        Form(String method, boolean takesInit) {
            this.method = method;
            this.takesInit = takesInit;
        }
    }

    /**
     * One field: its component, IDL name, the inner struct it sits in (or null), its form, and its
     * init value as Java code (null where GenTypes knows none; an error only where one is needed).
     */
    private record Field(RecordComponentElement component, String json, String in, Form form, String init) {
        String name() {
            return component.getSimpleName().toString();
        }

        String initOrRefuse() throws Refused {
            if (init == null) {
                throw new Refused(component, name() + " has no init value: its type " + component.asType()
                        + " is a record not marked @Idl.Struct(init = true)");
            }
            return init;
        }
    }

    /**
     * A declaration GenTypes cannot turn into code; reported at the record (javac gives a record
     * component no position of its own), naming the component.
     */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Element element;

        Refused(Element element, String message) {
            super(element.getKind() == ElementKind.RECORD_COMPONENT
                    ? element.getEnclosingElement().getSimpleName() + "." + message : message);
            this.element = element.getKind() == ElementKind.RECORD_COMPONENT ? element.getEnclosingElement() : element;
        }
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element e : round.getElementsAnnotatedWith(Idl.Struct.class)) {
            try {
                if (e.getKind() != ElementKind.RECORD) {
                    throw new Refused(e, "@Idl.Struct goes on a record");
                }
                generate((TypeElement) e);
            } catch (Refused r) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, r.getMessage(), r.element);
            } catch (IOException io) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, io.toString(), e);
            }
        }
        return true;
    }

    private void generate(TypeElement record) throws Refused, IOException {
        Idl.Struct struct = record.getAnnotation(Idl.Struct.class);
        List<Field> fields = new ArrayList<>();
        for (RecordComponentElement c : record.getRecordComponents()) {
            fields.add(field(c));
        }
        String pkg = processingEnv.getElementUtils().getPackageOf(record).getQualifiedName().toString();
        String name = idlName(record);
        String r = record.getQualifiedName().toString();
        StringBuilder s = new StringBuilder();
        s.append("// Generated by dev.jxl.gentypes.GenTypes from the components of ").append(r)
                .append(". Do not edit.\n");
        s.append("package ").append(pkg).append(";\n\n");
        s.append("/** The generated views of {@link ").append(r).append("}. */\n");
        s.append("@javax.annotation.processing.Generated(\"dev.jxl.gentypes.GenTypes\")\n");
        s.append("public final class ").append(name).append(" {\n");
        s.append("    private ").append(name).append("() {\n    }\n");
        if (struct.init()) {
            List<String> inits = new ArrayList<>();
            for (Field f : fields) {
                inits.add(f.initOrRefuse());
            }
            s.append("\n    /** Every field at its init value (libxl's _init). */\n");
            s.append("    public static ").append(r).append(" init() {\n");
            s.append("        return new ").append(r).append('(').append(arguments(inits, 16)).append(");\n");
            s.append("    }\n");
        }
        if (struct.builder()) {
            s.append("\n    /**\n     * The fields, mutable, starting at their init values; {@link #build()} freezes them (and copies\n"
                    + "     * the lists, so a built value never shares one with its builder).\n     */\n");
            s.append("    public abstract static class Builder {\n");
            for (Field f : fields) {
                s.append("        public ").append(f.component.asType()).append(' ').append(f.name()).append(" = ")
                        .append(f.initOrRefuse()).append(";\n");
            }
            s.append("\n        public ").append(r).append(" build() {\n");
            s.append("            return new ").append(r).append('(')
                    .append(arguments(fields.stream().map(GenTypes::frozen).toList(), 20)).append(");\n");
            s.append("        }\n    }\n");
        }
        s.append("\n    /** The fields in IDL order, each omitted at its init value (libxl's _gen_json). */\n");
        s.append("    static void writeFields(").append(r).append(" r, ").append(JSON).append(" j) {\n");
        String open = null;
        for (Field f : fields) {
            if (f.form == Form.SKIP) {
                continue;
            }
            if (!Objects.equals(f.in, open)) {
                if (open != null) {
                    s.append("        j.close();\n");
                }
                if (f.in != null) {
                    s.append("        j.open(\"").append(f.in).append("\");\n");
                }
                open = f.in;
            }
            s.append("        ").append(write(record, f)).append(";\n");
        }
        if (open != null) {
            s.append("        j.close();\n");
        }
        s.append("    }\n}\n");
        try (Writer out = processingEnv.getFiler().createSourceFile(pkg + "." + name, record).openWriter()) {
            // the qualifiers the generated code can leave out: java.lang's and its own package's
            Pattern qualifiers = Pattern.compile("\\b(?:java\\.lang|" + Pattern.quote(pkg) + ")\\.(?=[A-Z])");
            out.write(qualifiers.matcher(s).replaceAll(""));
        }
    }

    private static String write(TypeElement record, Field f) throws Refused {
        if (f.form == Form.CUSTOM) {
            String method = f.name() + "Json";
            boolean found = record.getEnclosedElements().stream()
                    .anyMatch(m -> m.getKind() == ElementKind.METHOD && m.getSimpleName().contentEquals(method)
                            && ((ExecutableElement) m).getParameters().size() == 1);
            if (!found) {
                throw new Refused(f.component, f.name() + " is @Idl.Custom: the record writes it in void "
                        + method + "(LibxlJson json)");
            }
            return "r." + method + "(j)";
        }
        String call = "j." + f.form.method + "(\"" + f.json + "\", r." + f.name() + "()";
        return f.form.takesInit ? call + ", " + f.initOrRefuse() + ")" : call + ")";
    }

    private Field field(RecordComponentElement c) throws Refused {
        Idl.Name name = c.getAnnotation(Idl.Name.class);
        Idl.In in = c.getAnnotation(Idl.In.class);
        Form form;
        if (c.getAnnotation(Idl.Custom.class) != null) {
            form = Form.CUSTOM;
        } else if (c.getAnnotation(Idl.Skip.class) != null) {
            form = Form.SKIP;
        } else {
            form = form(c);
        }
        return new Field(c, name != null ? name.value() : snake(c.getSimpleName().toString()),
                in != null ? in.value() : null, form, initValue(c));
    }

    private Form form(RecordComponentElement c) throws Refused {
        TypeMirror t = c.asType();
        switch (t.getKind()) {
            case LONG, INT:
                return c.getAnnotation(Idl.Uint64.class) != null || c.getAnnotation(Idl.MemKB.class) != null
                        ? Form.UINT64 : Form.INTEGER;
            case BOOLEAN:
                return Form.BOOL;
            case DECLARED:
                break;
            default:
                throw noForm(c);
        }
        if (is(t, "java.lang.String")) {
            return Form.STRING;
        }
        if (is(t, DEFBOOL)) {
            return Form.DEFBOOL;
        }
        if (isLibxlEnum(t)) {
            return Form.ENUM;
        }
        if (isA(t, STRUCT)) {
            return Form.STRUCT;
        }
        if (is(t, "java.util.List")) {
            TypeMirror item = ((DeclaredType) t).getTypeArguments().get(0);
            if (is(item, "java.lang.Integer")) {
                return Form.BITMAP;
            }
            if (is(item, "java.lang.Long")) {
                return Form.INTEGERS;
            }
            if (is(item, "java.lang.String")) {
                return Form.STRINGS;
            }
            if (isLibxlEnum(item)) {
                return Form.ENUMS;
            }
            if (isA(item, STRUCT)) {
                return Form.STRUCTS;
            }
            if (is(item, "java.util.List")
                    && is(((DeclaredType) item).getTypeArguments().get(0), "java.lang.Integer")) {
                return Form.BITMAPS;
            }
        }
        throw noForm(c);
    }

    private static Refused noForm(RecordComponentElement c) {
        return new Refused(c, c.getSimpleName() + ": no JSON form for its type " + c.asType()
                + "; mark it @Idl.Custom and write it in void " + c.getSimpleName() + "Json(LibxlJson json)");
    }

    /** The field's init value as Java code, or null where it has none GenTypes knows. */
    private String initValue(RecordComponentElement c) throws Refused {
        TypeMirror t = c.asType();
        Idl.Init init = c.getAnnotation(Idl.Init.class);
        switch (t.getKind()) {
            case LONG:
                if (init != null) {
                    return literal(init.value()) + "L";
                }
                if (c.getAnnotation(Idl.MemKB.class) != null) {
                    return JSON + ".MEMKB_DEFAULT";
                }
                return c.getAnnotation(Idl.Devid.class) != null ? JSON + ".DEVID_DEFAULT" : "0L";
            case INT:
                if (c.getAnnotation(Idl.Devid.class) != null || c.getAnnotation(Idl.MemKB.class) != null) {
                    throw new Refused(c, c.getSimpleName() + ": a devid or MemKB field is a long");
                }
                return init != null ? "(int) " + literal(init.value()) + "L" : "0";
            case BOOLEAN:
                return "false";
            default:
                break;
        }
        if (is(t, DEFBOOL)) {
            return DEFBOOL + ".DEFAULT";
        }
        if (is(t, "java.util.List")) {
            return "java.util.List.of()";
        }
        if (is(t, "java.util.Map")) {
            return "java.util.Map.of()";
        }
        if (t.getKind() != TypeKind.DECLARED) {
            throw noForm(c);
        }
        TypeElement e = (TypeElement) ((DeclaredType) t).asElement();
        if (isLibxlEnum(t)) {
            if (c.getAnnotation(Idl.Always.class) != null) {
                return "null";
            }
            for (Element constant : e.getEnclosedElements()) {
                if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
                    return e.getQualifiedName() + "." + constant.getSimpleName();
                }
            }
            throw new Refused(c, c.getSimpleName() + ": " + t + " has no constants");
        }
        if (e.getKind() == ElementKind.RECORD && isA(t, STRUCT)) {
            Idl.Struct s = e.getAnnotation(Idl.Struct.class);
            String pkg = processingEnv.getElementUtils().getPackageOf(e).getQualifiedName().toString();
            return s != null && s.init() ? pkg + "." + idlName(e) + ".init()" : null;
        }
        return "null"; // any other object: NULL (no cpuid policy, no type-specific part yet)
    }

    /** A builder field as build() passes it on: a list copied, anything else as it is. */
    private static String frozen(Field f) {
        return is(f.component.asType(), "java.util.List") ? "java.util.List.copyOf(" + f.name() + ")" : f.name();
    }

    /** Arguments, a line of them at most about 100 characters long, continued lines indented. */
    private static String arguments(List<String> values, int indent) {
        StringBuilder s = new StringBuilder();
        int line = 0;
        for (String v : values) {
            if (s.length() > 0) {
                s.append(',');
                if (line + v.length() > 100) {
                    s.append('\n').append(" ".repeat(indent));
                    line = 0;
                } else {
                    s.append(' ');
                }
            }
            s.append(v);
            line += v.length() + 2;
        }
        return s.toString();
    }

    private static String literal(long v) {
        return v >= -1 && v < 0x10000 ? Long.toString(v) : "0x" + Long.toHexString(v);
    }

    /** {@code VdisplDevice.Connector} gives {@code VdisplDeviceConnectorIdl}. */
    private static String idlName(TypeElement record) {
        StringBuilder name = new StringBuilder("Idl");
        for (Element e = record; e instanceof TypeElement; e = e.getEnclosingElement()) {
            name.insert(0, e.getSimpleName());
        }
        return name.toString();
    }

    /** maxGrantFrames gives max_grant_frames, acpiS3 acpi_s3, e820Host e820_host. */
    static String snake(String camel) {
        StringBuilder s = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                s.append('_').append(Character.toLowerCase(ch));
            } else {
                s.append(ch);
            }
        }
        return s.toString();
    }

    private static boolean is(TypeMirror t, String qualifiedName) {
        return t.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) t).asElement()).getQualifiedName().contentEquals(qualifiedName);
    }

    private boolean isA(TypeMirror t, String qualifiedName) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(qualifiedName);
        return type != null && processingEnv.getTypeUtils().isAssignable(t, type.asType());
    }

    private boolean isLibxlEnum(TypeMirror t) {
        return t.getKind() == TypeKind.DECLARED && ((DeclaredType) t).asElement().getKind() == ElementKind.ENUM
                && isA(t, ENUM);
    }
}
