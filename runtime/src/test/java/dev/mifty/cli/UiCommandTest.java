package dev.mifty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code mifty ui} without the designer on the classpath says which dependency to add. */
class UiCommandTest {

    @Test
    void withoutTheDesignerItNamesTheArtifactToAdd() {
        Cli.Result result = Cli.on(null).run("ui");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("the designer is not on the classpath: add the dependency dev.mifty:mifty-designer");
    }
}
