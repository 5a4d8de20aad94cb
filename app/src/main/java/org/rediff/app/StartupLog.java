package org.rediff.app;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Logs the one INFO line of a start: how long it took and which data directory is in use. */
@Component
class StartupLog implements ApplicationListener<ApplicationReadyEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(RediffApplication.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        final Environment env = event.getApplicationContext().getEnvironment();
        final double seconds = event.getTimeTaken() == null ? Double.NaN : event.getTimeTaken().toMillis() / 1000.0;
        LOG.info(String.format(Locale.ROOT, "rediff web app started in %.1f s (data directory %s)", seconds,
                env.getProperty("rediff.data")));
    }
}
