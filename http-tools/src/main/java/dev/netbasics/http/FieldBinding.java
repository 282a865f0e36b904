package dev.netbasics.http;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A field of a command, mixin or argument group, bound into picocli's model by plain code: what picocli's own
 * field binding does with reflection. Used by the generated {@code CommandModel}.
 */
final class FieldBinding<V> implements IGetter, ISetter {

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
