package dev.mifty.runtime;

import java.io.BufferedReader;
import java.io.InputStreamReader;

/** A runner process: loads the CLI, says "ready", waits for a line on stdin, then runs {@code dev.mifty.cli.Main}. */
public final class RunnerMain {

    private RunnerMain() {
    }

    public static void main(String[] args) throws Exception {
        Class.forName("dev.mifty.cli.Main");
        Class.forName("org.postgresql.Driver");
        System.out.println("ready");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in)).readLine();
        dev.mifty.cli.Main.main(args);
    }
}
