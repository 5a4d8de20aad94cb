package org.rediff.app.web;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line at the end of the run when browser test classes were skipped for want of a browser: how many
 * tests did not run and what to install. Registered in META-INF/services, so it runs under Surefire and in an IDE.
 */
public final class BrowserSkipReport implements TestExecutionListener {
    private final AtomicLong skippedTests = new AtomicLong();
    private volatile TestPlan plan;
    private volatile String reason;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        skippedTests.set(0);
        reason = null;
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.ABORTED || plan == null) {
            return;
        }
        result.getThrowable().filter(BrowserGate.BrowserMissing.class::isInstance).ifPresent(t -> {
            reason = t.getMessage();
            final long tests = identifier.isTest() ? 1
                    : plan.getDescendants(identifier).stream().filter(TestIdentifier::isTest).count();
            skippedTests.addAndGet(tests);
        });
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (skippedTests.get() > 0) {
            System.out.println("[WARNING] rediff: " + skippedTests.get() + " browser tests did not run: " + reason);
        }
    }
}
