package org.portalkit.runtime.cli;

import org.portalkit.runtime.shell.OfflineShellRunner;

/**
 * Shows what an offline OpenCms shell does as progress steps: each phase marker of the script ends the
 * current step (with its duration) and starts the next; progress lines go to the current step.
 */
final class ShellSteps implements OfflineShellRunner.Listener, AutoCloseable {

    private final Progress m_progress;
    private Progress.Step m_current;

    /**
     * @param progress where steps go
     * @param first the step that is running when the shell starts (OpenCms's boot)
     */
    ShellSteps(Progress progress, Progress.Step first) {
        m_progress = progress;
        m_current = first;
    }

    @Override
    public void phase(String name, String detail) {
        m_current.done("done");
        m_current = m_progress.start(name, detail);
    }

    @Override
    public void line(String text) {
        m_current.line(text);
        if (text.startsWith("Importing module ") || text.startsWith("Updating module ")) {
            m_current.status(text.replace(" …", ""));
        }
    }

    /** Ends the last step after the shell has succeeded. */
    void finish() {
        m_current.done("done");
    }

    @Override
    public void close() {
        m_current.close();
    }
}
