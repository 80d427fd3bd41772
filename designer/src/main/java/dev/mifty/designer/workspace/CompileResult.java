package dev.mifty.designer.workspace;

import java.util.List;

/**
 * One javac run over the project.
 *
 * @param success   no compiler error
 * @param messages  every error, warning and note, as javac prints them (file:line: kind: message)
 * @param generated the source files the run added to the source roots (the processor's new migration), relative to the project
 */
public record CompileResult(boolean success, List<String> messages, List<String> generated) {

    public CompileResult {
        messages = List.copyOf(messages);
        generated = List.copyOf(generated);
    }
}
