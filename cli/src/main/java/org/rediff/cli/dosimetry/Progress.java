package org.rediff.cli.dosimetry;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr while a long command runs on a terminal; nothing at all when stdout is not a terminal
 * or the output is JSON (a script reading the output must not see it).
 */
final class Progress {
    private final ProgressBar bar;

    Progress(boolean wanted, int steps) {
        this.bar = wanted && System.console() != null ? new ProgressBarBuilder().setTaskName("voxel dosimetry")
                .setInitialMax(steps).setStyle(ProgressBarStyle.ASCII).hideEta()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build() : null;
    }

    void step(String what) {
        if (bar != null) {
            bar.setExtraMessage(what);
            bar.step();
        }
    }

    void done() {
        if (bar != null) {
            bar.close();
        }
    }
}
