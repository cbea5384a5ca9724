package org.portalkit.runtime.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Asks the user a yes/no question before something that cannot be taken back. */
@FunctionalInterface
interface Questions {

    /** What the user answered. */
    enum Answer {
        /** Typed yes (or gave --yes). */
        YES,
        /** Typed anything else. */
        NO,
        /** Could not be asked: standard input is closed or not a terminal with an answer. */
        NONE
    }

    /**
     * @param question the question, ending with the prompt
     * @return the answer
     */
    Answer ask(String question);

    /**
     * @param out where the question is printed
     * @param assumeYes whether --yes was given
     * @return questions asked on standard input, or always answered yes
     */
    static Questions onConsole(PrintStream out, boolean assumeYes) {
        return question -> {
            if (assumeYes) {
                return Answer.YES;
            }
            out.print(question);
            out.flush();
            String line;
            try {
                line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                line = null;
            }
            if (line == null) {
                out.println();
                return Answer.NONE;
            }
            return "yes".equalsIgnoreCase(line.trim()) ? Answer.YES : Answer.NO;
        };
    }
}
