package dev.netbasics.build;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * Writes {@code CommandModel.java}: picocli's model of a tool's annotated commands, as plain code.
 *
 * <p>Building that model from the annotations costs most of a JVM start-up: the JDK spins a proxy class per
 * annotation type (which the AOT cache cannot store) and a method handle per field. So the annotations stay the
 * source of truth, picocli reads them here at build time, and the generated code rebuilds the very same model
 * with {@code FieldBinding}s instead of reflection. Whatever this generator does not know how to rebuild fails
 * the build; each tool's {@code MainTest} compares both models attribute by attribute and help text by help text.
 *
 * <p>Usage: {@code java -cp CLASSPATH GenerateCommandModel.java ROOT_COMMAND_CLASS OUTPUT_DIRECTORY}; the root
 * command is made with its no-argument constructor, else with null arguments (a root may hold process context,
 * which the model does not depend on). The tool modules run it from the parent pom.
 */
public final class GenerateCommandModel {

    private static final String HELP_MIXIN = "mixinStandardHelpOptions";
    /** What picocli's own field binding does with reflection, done by the generated lambdas. */
    private static final String FIELD_BINDING = """

                /** A field of a command, mixin or argument group, read and written by plain code. */
                private static final class FieldBinding<V> implements IGetter, ISetter {

                    private final Supplier<V> reader;
                    private final Consumer<V> writer;

                    private FieldBinding(Supplier<V> reader, Consumer<V> writer) {
                        this.reader = reader;
                        this.writer = writer;
                    }

                    static <V> FieldBinding<V> of(Supplier<V> reader, Consumer<V> writer) {
                        return new FieldBinding<>(reader, writer);
                    }

                    OptionSpec.Builder bind(OptionSpec.Builder option) {
                        return option.getter(this).setter(this);
                    }

                    PositionalParamSpec.Builder bind(PositionalParamSpec.Builder positional) {
                        return positional.getter(this).setter(this);
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public <T> T get() {
                        return (T) reader.get();
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public <T> T set(T value) {
                        T previous = get();
                        writer.accept((V) value);
                        return previous;
                    }
                }
            """;
    private static final String INDENT = "        ";

    private final String packageName;
    private final Map<Class<?>, String> emitted = new LinkedHashMap<>();
    private final Set<String> takingParent = new HashSet<>();
    private final List<String> methods = new ArrayList<>();

    private GenerateCommandModel(String packageName) {
        this.packageName = packageName;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateCommandModel ROOT_COMMAND_CLASS OUTPUT_DIRECTORY");
        }
        String rootClassName = args[0];
        Path output = Path.of(args[1]);
        CommandSpec root;
        try {
            root = new CommandLine(instantiate(Class.forName(rootClassName))).getCommandSpec();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot make a " + rootClassName + ": " + e, e);
        }
        Class<?> rootClass = root.userObject().getClass();
        GenerateCommandModel generator = new GenerateCommandModel(rootClass.getPackageName());
        generator.command(root);
        Path file = output.resolve(rootClass.getPackageName().replace('.', '/')).resolve("CommandModel.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, generator.source(rootClass), StandardCharsets.UTF_8);
    }

    private static Object instantiate(Class<?> type) throws ReflectiveOperationException {
        Constructor<?>[] constructors = type.getDeclaredConstructors();
        Constructor<?> constructor = Arrays.stream(constructors).filter(c -> c.getParameterCount() == 0).findFirst()
                .orElse(constructors[0]);
        constructor.setAccessible(true);
        Object[] arguments = new Object[constructor.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
            Class<?> parameter = constructor.getParameterTypes()[i];
            arguments[i] = parameter.isPrimitive() ? Array.get(Array.newInstance(parameter, 1), 0) : null;
        }
        return constructor.newInstance(arguments);
    }

    private String source(Class<?> rootClass) {
        return "package " + packageName + ";\n\n"
                + "import java.util.LinkedHashMap;\n"
                + "import java.util.Map;\n"
                + "import java.util.function.Consumer;\n"
                + "import java.util.function.Supplier;\n"
                + "import picocli.CommandLine;\n"
                + "import picocli.CommandLine.Model.ArgGroupSpec;\n"
                + "import picocli.CommandLine.Model.CommandSpec;\n"
                + "import picocli.CommandLine.Model.IGetter;\n"
                + "import picocli.CommandLine.Model.ISetter;\n"
                + "import picocli.CommandLine.Model.OptionSpec;\n"
                + "import picocli.CommandLine.Model.PositionalParamSpec;\n\n"
                + "/**\n"
                + " * picocli's model of the {@code @Command} classes, rebuilt without reflection.\n"
                + " * Generated at build time by build-support/src/dev/netbasics/build/GenerateCommandModel.java:\n"
                + " * do not edit.\n"
                + " */\n"
                + "final class CommandModel {\n\n"
                + "    private CommandModel() {\n"
                + "    }\n\n"
                + "    static CommandSpec of(" + rootClass.getSimpleName() + " command) {\n"
                + "        return " + emitted.get(rootClass) + "(command);\n"
                + "    }\n"
                + String.join("", methods)
                + FIELD_BINDING
                + "}\n";
    }

    /** Emits the method that builds a command's spec, once per command class, and returns its name. */
    private String command(CommandSpec spec) {
        Class<?> type = spec.userObject().getClass();
        if (emitted.containsKey(type)) {
            return emitted.get(type);
        }
        String method = methodName(type);
        emitted.put(type, method);
        checkCommandAttributes(spec);
        StringBuilder code = new StringBuilder();
        code.append("\n    private static CommandSpec ").append(method).append('(').append(typeName(type))
                .append(" command");
        List<Field> parentFields = annotatedFields(type, ParentCommand.class);
        if (!parentFields.isEmpty()) {
            CommandLine parent = spec.commandLine().getParent();
            if (parent == null) {
                throw unsupported(type + ": @ParentCommand in the root command");
            }
            takingParent.add(method);
            code.append(", ").append(typeName(parent.getCommand().getClass())).append(" parent");
        }
        code.append(") {\n");
        code.append(INDENT).append("CommandSpec spec = CommandSpec.wrapWithoutInspection(command);\n");
        for (Field field : parentFields) {
            code.append(INDENT).append("command.").append(field.getName()).append(" = parent;\n");
        }
        code.append(INDENT).append("spec.name(").append(literal(spec.name())).append(");\n");
        if (spec.aliases().length > 0) {
            code.append(INDENT).append("spec.aliases(").append(literals(spec.aliases())).append(");\n");
        }
        if (spec.versionProvider() != null) {
            code.append(INDENT).append("spec.versionProvider(new ")
                    .append(typeName(spec.versionProvider().getClass())).append("());\n");
        }
        usageMessage(spec.usageMessage(), code);
        for (Field field : annotatedFields(type, Spec.class)) {
            code.append(INDENT).append("command.").append(field.getName()).append(" = spec;\n");
        }
        // once each: picocli's map also holds a subcommand under each of its aliases
        for (CommandLine subcommand : new LinkedHashSet<>(spec.subcommands().values())) {
            CommandSpec sub = subcommand.getCommandSpec();
            String subMethod = command(sub);
            code.append(INDENT).append("spec.addSubcommand(").append(literal(sub.name())).append(", new CommandLine(")
                    .append(subMethod).append("(new ").append(typeName(sub.userObject().getClass())).append("()")
                    .append(takingParent.contains(subMethod) ? ", command" : "").append(")));\n");
        }
        members(spec, "command", code);
        code.append(INDENT).append("return spec;\n    }\n");
        methods.add(code.toString());
        return method;
    }

    /** Emits the method that builds a mixin's spec, once per mixin class, and returns its name. */
    private String mixin(CommandSpec spec) {
        Class<?> type = spec.userObject().getClass();
        if (emitted.containsKey(type)) {
            return emitted.get(type);
        }
        String method = methodName(type);
        emitted.put(type, method);
        for (Class<? extends Annotation> annotation : List.of(Spec.class, ParentCommand.class)) {
            if (!annotatedFields(type, annotation).isEmpty()) {
                throw unsupported(type + ": @" + annotation.getSimpleName() + " in a mixin");
            }
        }
        StringBuilder code = new StringBuilder();
        code.append("\n    private static CommandSpec ").append(method).append('(').append(typeName(type))
                .append(" mixin) {\n");
        code.append(INDENT).append("CommandSpec spec = CommandSpec.wrapWithoutInspection(mixin);\n");
        members(spec, "mixin", code);
        code.append(INDENT).append("return spec;\n    }\n");
        methods.add(code.toString());
        return method;
    }

    /** picocli's standard help options: its own mixin, whose fields are private, so the options stay unbound. */
    private String standardHelpMixin(CommandSpec spec) {
        if (emitted.containsKey(CommandSpec.class)) {
            return emitted.get(CommandSpec.class);
        }
        String method = "standardHelpOptions";
        emitted.put(CommandSpec.class, method);
        StringBuilder code = new StringBuilder("\n    private static CommandSpec " + method + "() {\n");
        code.append(INDENT).append("CommandSpec spec = CommandSpec.create();\n");
        for (OptionSpec option : spec.options()) {
            if (!option.usageHelp() && !option.versionHelp()) {
                throw unsupported("standard help option " + option.longestName());
            }
            code.append(INDENT).append("spec.addOption(").append(argument(option, null, option.initialValue()))
                    .append(".build());\n");
        }
        code.append(INDENT).append("return spec;\n    }\n");
        methods.add(code.toString());
        return method;
    }

    /** Options, positional parameters, argument groups and mixins, in the order picocli added them. */
    private void members(CommandSpec spec, String owner, StringBuilder code) {
        Class<?> type = spec.userObject().getClass();
        for (Class<? extends Annotation> annotation
                : List.of(CommandLine.Unmatched.class)) {
            if (!annotatedFields(type, annotation).isEmpty()) {
                throw unsupported(type + ": @" + annotation.getSimpleName());
            }
        }
        Set<Object> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ArgSpec arg : spec.args()) {
            if (arg.inherited() || done.contains(arg)) {
                continue;
            }
            Map.Entry<String, CommandSpec> mixin = mixinOf(spec, arg);
            if (mixin != null) {
                done.addAll(mixin.getValue().args());
                if (mixin.getKey().equals(HELP_MIXIN)) {
                    code.append(INDENT).append("spec.addMixin(").append(literal(HELP_MIXIN)).append(", ")
                            .append(standardHelpMixin(mixin.getValue())).append("());\n");
                } else {
                    Field field = mixinField(type, mixin.getKey());
                    String target = owner + "." + field.getName();
                    code.append(INDENT).append(target).append(" = new ").append(typeName(field.getType()))
                            .append("();\n");
                    code.append(INDENT).append("spec.addMixin(").append(literal(mixin.getKey())).append(", ")
                            .append(mixin(mixin.getValue())).append('(').append(target).append("));\n");
                }
            } else if (arg.group() != null) {
                done.addAll(arg.group().args());
                code.append(INDENT).append("spec.addArgGroup(").append(group(arg.group(), type, owner))
                        .append(");\n");
            } else {
                Field field = boundField(arg, type);
                String access = owner + "." + field.getName();
                code.append(INDENT).append(arg.isOption() ? "spec.addOption(" : "spec.addPositional(")
                        .append(argument(arg, binding(field, access, access), null))
                        .append(".initialValue(").append(access).append(").build());\n");
            }
        }
    }

    private static Map.Entry<String, CommandSpec> mixinOf(CommandSpec spec, ArgSpec arg) {
        for (Map.Entry<String, CommandSpec> mixin : spec.mixins().entrySet()) {
            for (ArgSpec mixed : mixin.getValue().args()) {
                if (mixed == arg) {
                    return mixin;
                }
            }
        }
        return null;
    }

    /** An argument group held in a field: its instance is made when one of its options is first set, as in picocli. */
    private String group(ArgGroupSpec group, Class<?> ownerType, String owner) {
        if (!group.subgroups().isEmpty() || !group.specElements().isEmpty()) {
            throw unsupported("nested argument groups or @Spec in " + group.synopsis());
        }
        Class<?> groupType = boundField(group.args().iterator().next(), null).getDeclaringClass();
        Field groupField = annotatedFields(ownerType, ArgGroup.class).stream()
                .filter(field -> field.getType() == groupType).findFirst()
                .orElseThrow(() -> unsupported("no @ArgGroup field of " + groupType + " in " + ownerType));
        String holder = owner + "." + groupField.getName();
        String instance = "(" + holder + " != null ? " + holder + " : (" + holder + " = new "
                + typeName(groupType) + "()))";
        StringBuilder code = new StringBuilder("ArgGroupSpec.builder()");
        code.append(".exclusive(").append(group.exclusive()).append(')');
        code.append(".multiplicity(").append(literal(group.multiplicity().originalValue())).append(')');
        if (!group.validate()) {
            code.append(".validate(false)");
        }
        if (group.order() != -1) {
            code.append(".order(").append(group.order()).append(')');
        }
        text(code, "heading", group.heading());
        text(code, "headingKey", group.headingKey());
        for (ArgSpec arg : group.args()) {
            Field field = boundField(arg, groupType);
            code.append("\n").append(INDENT).append(INDENT).append(".addArg(")
                    .append(argument(arg, binding(field, holder + " == null ? null : " + holder + "." + field.getName(),
                            instance + "." + field.getName()), null))
                    .append(".build())");
        }
        return code.append(".build()").toString();
    }

    private Field boundField(ArgSpec arg, Class<?> expectedOwner) {
        if (!(arg.userObject() instanceof Field field)) {
            throw unsupported(describe(arg) + ": only annotated fields are supported, not " + arg.userObject());
        }
        Class<?> owner = field.getDeclaringClass();
        if (expectedOwner != null && !(owner.isAssignableFrom(expectedOwner)
                && owner.getPackageName().equals(expectedOwner.getPackageName()))) {
            throw unsupported(describe(arg) + ": declared in " + owner + ", not in " + expectedOwner
                    + " or a superclass in its package");
        }
        if (Modifier.isPrivate(field.getModifiers()) || Modifier.isFinal(field.getModifiers())
                || Modifier.isStatic(field.getModifiers())) {
            throw unsupported(field + ": the generated model needs a package-private, non-final instance field");
        }
        if (field.getAnnotation(Option.class) == null && field.getAnnotation(Parameters.class) == null) {
            throw unsupported(field + ": not an @Option or @Parameters field");
        }
        return field;
    }

    private String binding(Field field, String read, String write) {
        return "FieldBinding.<" + boxedTypeName(field.getGenericType()) + ">of(() -> " + read + ", value -> " + write
                + " = value)";
    }

    /** The builder call chain of an option or positional parameter, bound by {@code binding} when given. */
    private String argument(ArgSpec arg, String binding, Object unboundInitialValue) {
        Class<?> noPreprocessor = OptionSpec.builder("-x").build().preprocessor().getClass();
        if (arg.converters().length > 0 || arg.parameterConsumer() != null
                || arg.preprocessor().getClass() != noPreprocessor) {
            throw unsupported(describe(arg) + ": custom converters, consumers and preprocessors");
        }
        StringBuilder code = new StringBuilder();
        String builder;
        if (arg instanceof OptionSpec option) {
            builder = "OptionSpec.builder(" + literals(option.names()) + ")";
        } else {
            PositionalParamSpec positional = (PositionalParamSpec) arg;
            builder = "PositionalParamSpec.builder()";
            if (!positional.index().isUnspecified()) {
                builder += ".index(" + literal(positional.index().originalValue()) + ")";
            }
        }
        code.append(binding == null ? builder : binding + ".bind(" + builder + ")");
        code.append(".type(").append(classLiteral(arg.type())).append(')');
        if (!Arrays.equals(arg.auxiliaryTypes(), new Class<?>[] {arg.type()})) {
            code.append(".auxiliaryTypes(").append(Arrays.stream(arg.auxiliaryTypes())
                    .map(GenerateCommandModel::classLiteral).collect(Collectors.joining(", "))).append(')');
        }
        if (!arg.arity().isUnspecified()) {
            code.append(".arity(").append(literal(arg.arity().originalValue())).append(')');
        }
        ArgSpecRaw raw = ArgSpecRaw.of(arg);
        text(code, "paramLabel", raw.paramLabel);
        if (raw.description.length > 0) {
            code.append(".description(").append(literals(raw.description)).append(')');
        }
        text(code, "descriptionKey", arg.descriptionKey());
        text(code, "defaultValue", raw.defaultValue);
        text(code, "splitRegex", raw.splitRegex == null || raw.splitRegex.isEmpty() ? null : raw.splitRegex);
        flag(code, "required", arg.required());
        flag(code, "hidden", arg.hidden());
        flag(code, "hideParamSyntax", arg.hideParamSyntax());
        if (arg.interactive()) {
            throw unsupported(describe(arg) + ": interactive");
        }
        if (arg.showDefaultValue() != Visibility.ON_DEMAND) {
            code.append(".showDefaultValue(CommandLine.Help.Visibility.").append(arg.showDefaultValue()).append(')');
        }
        if (arg.scopeType() == ScopeType.INHERIT) {
            code.append(".scopeType(CommandLine.ScopeType.INHERIT)");
        }
        if (arg instanceof OptionSpec option) {
            flag(code, "usageHelp", option.usageHelp());
            flag(code, "versionHelp", option.versionHelp());
            flag(code, "negatable", option.negatable());
            if (option.order() != -1) {
                code.append(".order(").append(option.order()).append(')');
            }
            text(code, "fallbackValue",
                    raw.fallbackValue == null || raw.fallbackValue.isEmpty() ? null : raw.fallbackValue);
        }
        if (binding == null) {
            code.append(".initialValue(").append(valueLiteral(unboundInitialValue)).append(')');
        }
        return code.toString();
    }

    private static void flag(StringBuilder code, String attribute, boolean set) {
        if (set) {
            code.append('.').append(attribute).append("(true)");
        }
    }

    private static void text(StringBuilder code, String attribute, String value) {
        if (value != null) {
            code.append('.').append(attribute).append('(').append(literal(value)).append(')');
        }
    }

    /** The attributes as declared, before picocli interpolates variables such as ${DEFAULT-VALUE}. */
    private record ArgSpecRaw(String paramLabel, String[] description, String defaultValue, String splitRegex,
            String fallbackValue) {
        static ArgSpecRaw of(ArgSpec arg) {
            if (arg instanceof OptionSpec option) {
                OptionSpec.Builder raw = option.toBuilder();
                return new ArgSpecRaw(raw.paramLabel(), raw.description(), raw.defaultValue(), raw.splitRegex(),
                        raw.fallbackValue());
            }
            PositionalParamSpec.Builder raw = ((PositionalParamSpec) arg).toBuilder();
            return new ArgSpecRaw(raw.paramLabel(), raw.description(), raw.defaultValue(), raw.splitRegex(), null);
        }
    }

    /** {@code @Command} attributes this generator does not rebuild: each must keep picocli's default. */
    private static final Map<String, Function<CommandSpec, Object>> DEFAULT_ONLY = Map.ofEntries(
            Map.entry("headerHeading", spec -> spec.usageMessage().headerHeading()),
            Map.entry("synopsisHeading", spec -> spec.usageMessage().synopsisHeading()),
            Map.entry("descriptionHeading", spec -> spec.usageMessage().descriptionHeading()),
            Map.entry("parameterListHeading", spec -> spec.usageMessage().parameterListHeading()),
            Map.entry("optionListHeading", spec -> spec.usageMessage().optionListHeading()),
            Map.entry("commandListHeading", spec -> spec.usageMessage().commandListHeading()),
            Map.entry("footerHeading", spec -> spec.usageMessage().footerHeading()),
            Map.entry("customSynopsis", spec -> List.of(spec.usageMessage().customSynopsis())),
            Map.entry("abbreviateSynopsis", spec -> spec.usageMessage().abbreviateSynopsis()),
            Map.entry("showDefaultValues", spec -> spec.usageMessage().showDefaultValues()),
            Map.entry("sortOptions", spec -> spec.usageMessage().sortOptions()),
            Map.entry("sortSynopsis", spec -> spec.usageMessage().sortSynopsis()),
            Map.entry("hidden", spec -> spec.usageMessage().hidden()),
            Map.entry("usageHelpWidth", spec -> spec.usageMessage().width()),
            Map.entry("usageHelpAutoWidth", spec -> spec.usageMessage().autoWidth()),
            Map.entry("requiredOptionMarker", spec -> spec.usageMessage().requiredOptionMarker()),
            Map.entry("showAtFileInUsageHelp", spec -> spec.usageMessage().showAtFileInUsageHelp()),
            Map.entry("showEndOfOptionsDelimiterInUsageHelp",
                    spec -> spec.usageMessage().showEndOfOptionsDelimiterInUsageHelp()),
            Map.entry("synopsisSubcommandLabel", spec -> spec.usageMessage().synopsisSubcommandLabel()),
            Map.entry("helpCommand", CommandSpec::helpCommand),
            Map.entry("subcommandsRepeatable", CommandSpec::subcommandsRepeatable),
            Map.entry("scope", CommandSpec::scopeType),
            Map.entry("defaultValueProvider", spec -> String.valueOf(spec.defaultValueProvider())),
            Map.entry("resourceBundle", spec -> String.valueOf(spec.resourceBundleBaseName())),
            Map.entry("separator", spec -> spec.parser().separator()),
            Map.entry("exitCodeOnSuccess", CommandSpec::exitCodeOnSuccess),
            Map.entry("exitCodeOnUsageHelp", CommandSpec::exitCodeOnUsageHelp),
            Map.entry("exitCodeOnVersionHelp", CommandSpec::exitCodeOnVersionHelp),
            Map.entry("exitCodeOnInvalidInput", CommandSpec::exitCodeOnInvalidInput),
            Map.entry("exitCodeOnExecutionException", CommandSpec::exitCodeOnExecutionException));

    private static void checkCommandAttributes(CommandSpec spec) {
        CommandSpec defaults = CommandSpec.create();
        for (Map.Entry<String, Function<CommandSpec, Object>> attribute : DEFAULT_ONLY.entrySet()) {
            if (!Objects.equals(attribute.getValue().apply(spec), attribute.getValue().apply(defaults))) {
                throw unsupported(spec.userObject().getClass() + ": @Command(" + attribute.getKey() + ")");
            }
        }
    }

    private void usageMessage(UsageMessageSpec usage, StringBuilder code) {
        UsageMessageSpec defaults = CommandSpec.create().usageMessage();
        if (usage.description().length > 0) {
            code.append(INDENT).append("spec.usageMessage().description(").append(literals(usage.description()))
                    .append(");\n");
        }
        if (usage.header().length > 0) {
            code.append(INDENT).append("spec.usageMessage().header(").append(literals(usage.header())).append(");\n");
        }
        if (usage.footer().length > 0) {
            code.append(INDENT).append("spec.usageMessage().footer(").append(literals(usage.footer())).append(");\n");
        }
        if (!Objects.equals(usage.exitCodeListHeading(), defaults.exitCodeListHeading())) {
            code.append(INDENT).append("spec.usageMessage().exitCodeListHeading(")
                    .append(literal(usage.exitCodeListHeading())).append(");\n");
        }
        if (!usage.exitCodeList().isEmpty()) {
            code.append(INDENT).append("Map<String, String> exitCodes = new LinkedHashMap<>();\n");
            for (Map.Entry<String, String> exitCode : usage.exitCodeList().entrySet()) {
                code.append(INDENT).append("exitCodes.put(").append(literal(exitCode.getKey())).append(", ")
                        .append(literal(exitCode.getValue())).append(");\n");
            }
            code.append(INDENT).append("spec.usageMessage().exitCodeList(exitCodes);\n");
        }
    }

    private static List<Field> annotatedFields(Class<?> type, Class<? extends Annotation> annotation) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(annotation)) {
                    if (!c.getPackageName().equals(type.getPackageName()) || Modifier.isPrivate(field.getModifiers())) {
                        throw unsupported(field + ": a superclass's annotated field must be package-private, in the"
                                + " package of " + type);
                    }
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static Field mixinField(Class<?> type, String mixinName) {
        for (Field field : annotatedFields(type, Mixin.class)) {
            String name = field.getAnnotation(Mixin.class).name();
            if ((name.isEmpty() ? field.getName() : name).equals(mixinName)) {
                return field;
            }
        }
        throw unsupported(type + ": no @Mixin field for mixin " + mixinName);
    }

    private String methodName(Class<?> type) {
        String simple = type.getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    private String typeName(Class<?> type) {
        if (type.getPackageName().equals(packageName)) {
            return type.getCanonicalName().substring(packageName.length() + 1);
        }
        if (!Modifier.isPublic(type.getModifiers())) {
            throw unsupported(type + ": neither in package " + packageName + " nor public");
        }
        return type.getCanonicalName();
    }

    private String boxedTypeName(Type type) {
        if (type instanceof Class<?> c) {
            return c.isPrimitive() ? MethodType.methodType(c).wrap().returnType().getName()
                    : typeName(c);
        }
        if (type instanceof ParameterizedType parameterized) {
            return typeName((Class<?>) parameterized.getRawType())
                    + Arrays.stream(parameterized.getActualTypeArguments())
                    .map(this::boxedTypeName).collect(Collectors.joining(", ", "<", ">"));
        }
        throw unsupported("field type " + type);
    }

    private static String classLiteral(Class<?> type) {
        return type.getCanonicalName() + ".class";
    }

    private static String valueLiteral(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Integer) {
            return String.valueOf(value);
        }
        if (value instanceof String string) {
            return literal(string);
        }
        throw unsupported("initial value " + value);
    }

    private static String literals(String[] values) {
        return Arrays.stream(values).map(GenerateCommandModel::literal).collect(Collectors.joining(", "));
    }

    private static String literal(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder literal = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        literal.append(String.format("\\u%04x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
    }

    private static String describe(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : "positional " + arg.paramLabel();
    }

    private static IllegalStateException unsupported(String what) {
        return new IllegalStateException("GenerateCommandModel cannot rebuild " + what
                + " without reflection: extend build-support/src/dev/netbasics/build/GenerateCommandModel.java");
    }
}
