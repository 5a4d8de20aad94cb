package org.rediff.cli;

import java.lang.reflect.Method;

/** Asks the class loader whether a class has been loaded, without loading it. */
final class ClassLoaderProbe {
    private ClassLoaderProbe() {
    }

    static boolean isLoaded(String name) {
        try {
            final Method find = ClassLoader.class.getDeclaredMethod("findLoadedClass", String.class);
            find.setAccessible(true);
            return find.invoke(ClassLoaderProbe.class.getClassLoader(), name) != null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot probe the class loader", e);
        }
    }
}
