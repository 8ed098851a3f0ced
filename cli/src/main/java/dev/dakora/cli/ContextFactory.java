package dev.dakora.cli;

import picocli.CommandLine;

import java.lang.reflect.Constructor;

/** Creates commands, giving the {@link CliContext} to those whose constructor takes it. */
final class ContextFactory implements CommandLine.IFactory {

    private final CliContext context;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    ContextFactory(CliContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == CliContext.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(context));
            }
        }
        return fallback.create(type);
    }
}
