package dev.mifty.processor.emit;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Everything the processor writes: through the {@link Filer}, and migration sources into the source tree. */
public final class OutputFiles {

    private final Filer filer;

    public OutputFiles(Filer filer) {
        this.filer = filer;
    }

    /** Emits a class through the Filer so that this compilation compiles it. */
    public void emitSource(JavaFile file, Element... originating) throws IOException {
        String name = file.packageName().isEmpty() ? file.typeSpec().name()
                : file.packageName() + "." + file.typeSpec().name();
        JavaFileObject object = filer.createSourceFile(name, originating);
        try (Writer writer = object.openWriter()) {
            file.writeTo(writer);
        }
    }

    /** Writes a class's source into the project's source tree; never overwrites an existing file. */
    public static Path writeToSourceTree(JavaFile file, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Files.writeString(target, file.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return target;
    }

    /** Writes a resource into the class output (e.g. the service file or the snapshot copy). */
    public void emitResource(String path, String text, Element... originating) throws IOException {
        FileObject object = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, originating);
        try (Writer writer = object.openWriter()) {
            writer.write(text);
        }
    }
}
