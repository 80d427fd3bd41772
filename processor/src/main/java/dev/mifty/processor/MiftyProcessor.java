package dev.mifty.processor;

import com.google.auto.service.AutoService;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/** The Mifty annotation processor: options, rounds, one pipeline call. */
@AutoService(Processor.class)
public final class MiftyProcessor extends AbstractProcessor {

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("jakarta.persistence.Entity", "jakarta.persistence.Embeddable",
                "jakarta.persistence.MappedSuperclass", "dev.mifty.annotations.Migration");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
        return false; // TODO: issue 3
    }
}
