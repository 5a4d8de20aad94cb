package org.rediff.cli.meta;

import java.nio.file.Path;
import java.util.List;
import org.rediff.cli.OutputFormat;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.PoolingModel;
import org.rediff.core.evidence.PoolingOptions;
import org.rediff.core.evidence.Tau2Method;
import picocli.CommandLine.Option;

/** The synthesis options shared by {@code rediff meta} and {@code rediff evidence pool}. */
public final class PoolingArguments {
    @Option(names = "--measure", defaultValue = "PLO",
            description = "PLO (logit, default), PR (raw), PAS (arcsine), PFT (Freeman-Tukey) or GLMM "
                    + "(binomial-normal, recommended for proportions).")
    PoolingModel measure;

    @Option(names = "--method", defaultValue = "REML",
            description = "tau² estimator: REML (default), DL, PM, ML, HS, SJ, EB, or EE (equal effects).")
    Tau2Method method;

    @Option(names = "--knha", description = "Knapp-Hartung t and F tests (k - p df).")
    boolean knha;

    @Option(names = "--by", paramLabel = "COL", description = "Subgroup column: a separate model per subgroup and "
            + "a Q test between them.")
    String by;

    @Option(names = "--mods", paramLabel = "COL[,COL...]", split = ",",
            description = "Moderator columns for a mixed-effects meta-regression (numeric = continuous, otherwise "
                    + "categorical against the first level in sorted order).")
    List<String> mods;

    @Option(names = "--loo", description = "Add a leave-one-out sensitivity analysis.")
    boolean leaveOneOut;

    @Option(names = "--level", defaultValue = "95", description = "Confidence level in percent (default 95).")
    double level;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--plot", paramLabel = "FILE.svg", description = "Also write a forest plot as SVG.")
    Path plot;

    public String by() {
        return by;
    }

    public boolean leaveOneOut() {
        return leaveOneOut;
    }

    public List<String> mods() {
        return mods;
    }

    public PoolingOptions options() {
        if (!(level > 50 && level < 100)) {
            throw new InvalidInputException("--level must be a percentage in (50, 100), got " + level);
        }
        return new PoolingOptions(measure, method, knha, level / 100);
    }
}
