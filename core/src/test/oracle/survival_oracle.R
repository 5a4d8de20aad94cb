# survival-package oracle for the Java survival-analysis code (Kaplan-Meier,
# log-rank, Cox proportional hazards).
#
# Run from the repository root:
#   Rscript core/src/test/oracle/survival_oracle.R
# Produced with: R 4.2.2 Patched (2022-11-10 r83330), survival 3.5-3
#   (Debian packages r-base / r-cran-survival). The versions actually used are
#   written as the first data rows meta,r_version and meta,survival_version.
# Requires: R with the survival package, e.g. apt-get install -y r-cran-survival
#
# Inputs : core/src/test/resources/survival/{aml,ovarian,rossi,lung_small,toy_ties}.csv
#          (sources, columns and units in core/src/test/resources/survival/README.md).
# Output : core/src/test/resources/survival/survival-oracle.csv, long format
#          `case,quantity,value`, header row, no comment lines, no CSV quoting.
#          Numbers are sprintf("%.15g"); NA and NaN are both written as NA
#          (e.g. the std. error and CI of S at a time where S = 0). The only text
#          values are the meta rows and the term_<k>/rterm_<k> rows of Cox cases.
#
# ---- Kaplan-Meier ------------------------------------------------------------
# fit <- survfit(Surv(<time>, <event>) ~ 1, data = d, conf.type = ct)
#   with ct in "log" (R's default), "log-log", "plain"; conf.int = 0.95; the
#   variance is Greenwood's (survfit's default for a plain right-censored KM).
#   Fitted on the whole dataset (group `all`) and separately on each subset of
#   aml by x, ovarian by rx, toy_ties by group (identical to the strata of
#   survfit(... ~ group)).  rossi and lung_small: `all` only.
# Case km/<dataset>/<group|all>/<conftype>:
#   n, nevent;
#   for every distinct observed time i = 1.. (event AND censoring-only times),
#   from s <- summary(fit, censored = TRUE):
#     time_i, n_risk_i, n_event_i, n_censor_i, surv_i,
#     std_err_i  = s$std.err = SE of S(t) on the survival scale
#                  (= S(t) * sqrt(Greenwood sum)),
#     lower_i, upper_i  (95% pointwise CI of the chosen conf.type; log and
#                  plain are clipped at 1 (plain also at 0) by survfit);
#   median, median_lower, median_upper = summary(fit)$table[c("median",
#     "0.95LCL","0.95UCL")] (NA where not reached; the CI is the one of the
#     chosen conf.type, found by survfit's quantile rule);
#   landmarks: summary(fit, times = L, extend = TRUE), row j:
#     lm_time_j, lm_surv_j, lm_lower_j, lm_upper_j, lm_n_risk_j
#     (S is right-continuous: an event AT a landmark time is included; lm_n_risk
#     is the number with time >= landmark; beyond the last observed time
#     extend = TRUE carries S forward with n_risk 0.)
#     L = aml c(10, 20, 40); ovarian c(180, 365, 730); toy_ties c(3, 6, 12);
#         lung_small c(180, 365, 730); rossi c(6, 12, 24).
#
# ---- Log-rank ----------------------------------------------------------------
# sd <- survdiff(Surv(<time>, <event>) ~ <group>, data = d)   (rho = 0)
#   aml ~ x; ovarian ~ rx; toy_ties ~ group (3 groups); lung_small ~ sex.
# Case logrank/<dataset>: chisq = sd$chisq, df = (number of groups with
#   expected > 0) - 1, p = pchisq(chisq, df, lower.tail = FALSE);
#   per group g (the level value, e.g. Maintained, 1, A, female):
#   n_<g>, obs_<g>, exp_<g>.
#
# ---- Cox ---------------------------------------------------------------------
# fit <- coxph(Surv(<time>, <event>) ~ <rhs>, data = d, ties = t,
#              control = coxph.control(eps = 1e-12, iter.max = 100, toler.chol = 1e-13))
#   (toler.chol, the Cholesky singularity tolerance, default eps^0.75 ~ 1.8e-12,
#   is lowered only because coxph.control warns when it is not < eps; none of
#   these designs is near-singular.  Convergence: iterate until the relative
#   change in the partial log-likelihood is <= 1e-12; `iter` is written.)
#   t in "efron" (R's default), "breslow";
#   aml        ~ x
#   ovarian    ~ rx + age                      (rx numeric 1/2)
#   rossi      ~ fin + age + race + wexp + mar + paro + prio   (all numeric 0/1)
#   lung_small ~ sex + age + factor(ph.ecog)
#   toy_ties   ~ group
#   Categorical covariates (text columns x, sex, group and factor(ph.ecog)) use
#   R's default treatment contrasts: the reference is the FIRST level in sorted
#   order (Maintained; female; A; ph.ecog 0), one indicator per other level.
# Case cox/<dataset>/<ties>:
#   term_<k> = normalised term name, rterm_<k> = term name as R prints it
#   (k = 1.. in R's coefficient order).  Normalisation: factor(ph.ecog)<L> ->
#   ph.ecog<L>; every other name is unchanged (xNonmaintained, sexmale, groupB,
#   age, rx, fin, ...).  Per term (normalised name <nm>):
#     coef_<nm>, se_<nm> (model-based, sqrt(diag(fit$var))), hr_<nm> = exp(coef),
#     z_<nm> = coef/se, p_<nm> = 2*pnorm(-|z|) (Wald),
#     hr_lower_<nm>, hr_upper_<nm> = exp(coef -/+ qnorm(0.975)*se);
#   loglik_null = fit$loglik[1] (beta = 0), loglik = fit$loglik[2],
#   lr_chisq = 2*(loglik - loglik_null), lr_df = number of coefficients,
#   lr_p, wald_chisq = fit$wald.test, wald_p, score_chisq = fit$score
#   (score test at beta = 0), score_p, n = fit$n, nevent = fit$nevent,
#   iter = fit$iter.

suppressPackageStartupMessages(library(survival))

dir <- "core/src/test/resources/survival"
if (!dir.exists(dir)) stop("run from the repository root (", dir, " not found)")
rd <- function(f) read.csv(file.path(dir, f), stringsAsFactors = FALSE)

data <- list(
  aml        = rd("aml.csv"),
  ovarian    = rd("ovarian.csv"),
  rossi      = rd("rossi.csv"),
  lung_small = rd("lung_small.csv"),
  toy_ties   = rd("toy_ties.csv")
)
tcol <- c(aml = "time", ovarian = "futime", rossi = "week", lung_small = "time", toy_ties = "time")
ecol <- c(aml = "status", ovarian = "fustat", rossi = "arrest", lung_small = "status", toy_ties = "event")
gcol <- list(aml = "x", ovarian = "rx", rossi = NULL, lung_small = NULL, toy_ties = "group")
landmarks <- list(aml = c(10, 20, 40), ovarian = c(180, 365, 730), rossi = c(6, 12, 24),
                  lung_small = c(180, 365, 730), toy_ties = c(3, 6, 12))

rows <- list()
fmt <- function(v) {
  if (is.character(v)) return(gsub("[,\"\n]", ";", v))
  v <- as.numeric(v)
  ifelse(is.na(v), "NA", sprintf("%.15g", v))
}
add <- function(case, quantity, value) {
  stopifnot(length(quantity) == length(value))
  rows[[length(rows) + 1]] <<- data.frame(case = case, quantity = quantity,
                                          value = fmt(value), stringsAsFactors = FALSE)
}

add("meta", "r_version", R.version.string)
add("meta", "survival_version", packageDescription("survival")$Version)

surv_formula <- function(ds, rhs) as.formula(paste0("Surv(", tcol[[ds]], ", ", ecol[[ds]], ") ~ ", rhs))

# ---- Kaplan-Meier ----
for (ds in names(data)) {
  d <- data[[ds]]
  subsets <- list(all = d)
  if (!is.null(gcol[[ds]])) {
    g <- d[[gcol[[ds]]]]
    for (lev in sort(unique(g))) subsets[[as.character(lev)]] <- d[g == lev, , drop = FALSE]
  }
  for (grp in names(subsets)) {
    for (ct in c("log", "log-log", "plain")) {
      fit <- survfit(surv_formula(ds, "1"), data = subsets[[grp]], conf.type = ct)
      case <- paste("km", ds, grp, ct, sep = "/")
      s <- summary(fit, censored = TRUE)
      i <- seq_along(s$time)
      add(case, c("n", "nevent"), c(fit$n, sum(fit$n.event)))
      add(case, paste0("time_", i), s$time)
      add(case, paste0("n_risk_", i), s$n.risk)
      add(case, paste0("n_event_", i), s$n.event)
      add(case, paste0("n_censor_", i), s$n.censor)
      add(case, paste0("surv_", i), s$surv)
      add(case, paste0("std_err_", i), s$std.err)
      add(case, paste0("lower_", i), s$lower)
      add(case, paste0("upper_", i), s$upper)
      tab <- summary(fit)$table
      add(case, c("median", "median_lower", "median_upper"),
          unname(tab[c("median", "0.95LCL", "0.95UCL")]))
      lm <- summary(fit, times = landmarks[[ds]], extend = TRUE)
      j <- seq_along(lm$time)
      add(case, paste0("lm_time_", j), lm$time)
      add(case, paste0("lm_surv_", j), lm$surv)
      add(case, paste0("lm_lower_", j), lm$lower)
      add(case, paste0("lm_upper_", j), lm$upper)
      add(case, paste0("lm_n_risk_", j), lm$n.risk)
    }
  }
}

# ---- Log-rank ----
lr_group <- c(aml = "x", ovarian = "rx", toy_ties = "group", lung_small = "sex")
for (ds in names(lr_group)) {
  sd <- survdiff(surv_formula(ds, lr_group[[ds]]), data = data[[ds]])
  case <- paste0("logrank/", ds)
  df <- sum(sd$exp > 0) - 1
  add(case, c("chisq", "df", "p"), c(sd$chisq, df, pchisq(sd$chisq, df, lower.tail = FALSE)))
  lev <- sub("^[^=]*=", "", names(sd$n))
  add(case, paste0("n_", lev), as.numeric(sd$n))
  add(case, paste0("obs_", lev), sd$obs)
  add(case, paste0("exp_", lev), sd$exp)
}

# ---- Cox ----
cox_rhs <- c(aml = "x", ovarian = "rx + age",
             rossi = "fin + age + race + wexp + mar + paro + prio",
             lung_small = "sex + age + factor(ph.ecog)", toy_ties = "group")
normalise <- function(nm) sub("^factor\\(([^)]+)\\)", "\\1", nm)
z975 <- qnorm(0.975)
for (ds in names(cox_rhs)) {
  for (ties in c("efron", "breslow")) {
    fit <- coxph(surv_formula(ds, cox_rhs[[ds]]), data = data[[ds]], ties = ties,
                 control = coxph.control(eps = 1e-12, iter.max = 100, toler.chol = 1e-13))
    case <- paste("cox", ds, ties, sep = "/")
    b <- coef(fit); se <- sqrt(diag(fit$var)); z <- b / se
    rn <- names(b); nm <- normalise(rn); k <- seq_along(b)
    add(case, paste0("term_", k), nm)
    add(case, paste0("rterm_", k), rn)
    add(case, paste0("coef_", nm), b)
    add(case, paste0("se_", nm), se)
    add(case, paste0("hr_", nm), exp(b))
    add(case, paste0("z_", nm), z)
    add(case, paste0("p_", nm), 2 * pnorm(-abs(z)))
    add(case, paste0("hr_lower_", nm), exp(b - z975 * se))
    add(case, paste0("hr_upper_", nm), exp(b + z975 * se))
    p <- length(b)
    lr <- 2 * (fit$loglik[2] - fit$loglik[1])
    add(case,
        c("loglik_null", "loglik", "lr_chisq", "lr_df", "lr_p", "wald_chisq", "wald_p",
          "score_chisq", "score_p", "n", "nevent", "iter"),
        c(fit$loglik[1], fit$loglik[2], lr, p, pchisq(lr, p, lower.tail = FALSE),
          fit$wald.test, pchisq(fit$wald.test, p, lower.tail = FALSE),
          fit$score, pchisq(fit$score, p, lower.tail = FALSE),
          fit$n, fit$nevent, fit$iter))
  }
}

res <- do.call(rbind, rows)
stopifnot(!anyDuplicated(paste(res$case, res$quantity)))
out <- file.path(dir, "survival-oracle.csv")
write.csv(res, out, row.names = FALSE, quote = FALSE)
cat("wrote", nrow(res), "rows to", out, "\n")
