package dev.mifty.designer.support;

import dev.mifty.designer.workspace.CompileResult;
import dev.mifty.designer.workspace.ProjectCompiler;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;

/** The example compiled once (processor mode {@code off}): its classes as the CLI would find them on the classpath. */
public final class CompiledExample {

    private CompiledExample() {
    }

    public static ClassLoader compile(ExampleProject shop) {
        CompileResult result = new ProjectCompiler(shop.project()).compile("off", null);
        if (!result.success()) {
            throw new IllegalStateException("the example does not compile: " + result.messages());
        }
        try {
            return new URLClassLoader(new URL[] {shop.project().outputDir().toUri().toURL()}, CompiledExample.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
