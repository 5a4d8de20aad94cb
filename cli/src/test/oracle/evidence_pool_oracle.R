# Oracle for `rediff evidence pool` over the shipped evidence base.
#
# Re-implements the cohort selection independently of the Java code (prospective trials and their genotype
# cohorts; only records reporting the outcome's counts; a study split into cohorts enters through its cohorts)
# and pools with metafor. Writes cli/src/test/resources/evidence-pool-oracle.csv (case,quantity,value).
# Run from the repository root:  Rscript cli/src/test/oracle/evidence_pool_oracle.R
# Needs Debian r-cran-metafor and r-cran-lme4. Regenerate whenever io/src/main/resources/evidence/studies.csv
# changes. Convergence is tightened (threshold = tol = 1e-12) so values are exact solutions.
suppressMessages(library(metafor))
base <- read.csv("io/src/main/resources/evidence/studies.csv", stringsAsFactors = FALSE, na.strings = "")
types <- c("prospective_trial", "trial_cohort")
ctrl <- list(threshold = 1e-12, maxiter = 10000, tol = 1e-12)

select <- function(outcome) {
  if (outcome == "uptake") {
    x <- base$n_restored; n <- base$n_evaluable
  } else {
    x <- ifelse(is.na(base$n_cr) & is.na(base$n_pr), NA,
                ifelse(is.na(base$n_cr), 0, base$n_cr) + ifelse(is.na(base$n_pr), 0, base$n_pr))
    n <- base$response_denominator
  }
  ok <- base$record_type %in% types & !is.na(x) & !is.na(n) & n > 0
  parents <- unique(base$parent_id[ok & !is.na(base$parent_id)])
  keep <- ok & !(base$id %in% parents)
  tp <- ifelse(is.na(base$response_timepoint) | base$response_timepoint == "", "not_reported",
               base$response_timepoint)
  d <- data.frame(id = base$id[keep], xi = x[keep], ni = n[keep], genotype = base$genotype[keep],
                  dosimetry = as.integer(base$i131_activity_rule[keep] == "dosimetry"),
                  timepoint = tp[keep], criterion = base$uptake_criterion[keep], stringsAsFactors = FALSE)
  d
}

out <- data.frame(case = character(), quantity = character(), value = character(), stringsAsFactors = FALSE)
put <- function(case, q, v) out[nrow(out) + 1, ] <<- list(case, q, sprintf("%.15g", v))

for (outcome in c("uptake", "response")) {
  d <- select(outcome)
  put(paste0(outcome, "/ids"), "k", nrow(d))
  for (i in seq_len(nrow(d))) out[nrow(out) + 1, ] <- list(paste0(outcome, "/ids"), paste0("id_", i), d$id[i])
  e <- escalc("PLO", xi = xi, ni = ni, data = d)
  r <- rma(yi, vi, data = e, method = "REML", control = ctrl)
  p <- predict(r, transf = transf.ilogit)
  case <- paste0(outcome, "/PLO/REML")
  put(case, "estimate", p$pred); put(case, "ci_lower", p$ci.lb); put(case, "ci_upper", p$ci.ub)
  put(case, "pi_lower", p$pi.lb); put(case, "pi_upper", p$pi.ub); put(case, "tau2", r$tau2)
  put(case, "i2", r$I2); put(case, "q", r$QE)
  g <- rma.glmm(measure = "PLO", xi = xi, ni = ni, data = d)
  pg <- predict(g, transf = transf.ilogit)
  case <- paste0(outcome, "/GLMM")
  put(case, "estimate", pg$pred); put(case, "ci_lower", pg$ci.lb); put(case, "ci_upper", pg$ci.ub)
  put(case, "tau2", g$tau2)
  m <- rma(yi, vi, mods = ~ dosimetry, data = e, method = "REML", test = "knha", control = ctrl)
  case <- paste0(outcome, "/PLO/REML/knha/mods=dosimetry")
  put(case, "coef_intrcpt", coef(m)[1]); put(case, "coef_dosimetry", coef(m)[2])
  put(case, "se_dosimetry", m$se[2]); put(case, "p_dosimetry", m$pval[2]); put(case, "qm", m$QM)
}
# Subgroups: a separate REML model per subgroup (one-study subgroups get tau2 = 0, as rediff) and the fixed-effect
# Q test between the subgroup estimates.
by <- function(outcome, column, name) {
  d <- select(outcome)
  e <- escalc("PLO", xi = xi, ni = ni, data = d)
  est <- c(); se <- c()
  for (g in sort(unique(d[[column]]))) {
    sub <- e[d[[column]] == g, ]
    r <- if (nrow(sub) > 1) rma(yi, vi, data = sub, method = "REML", control = ctrl) else rma(yi, vi, data = sub, method = "FE")
    p <- predict(r, transf = transf.ilogit)
    case <- paste0(outcome, "/PLO/REML/by=", name, "/", g)
    put(case, "k", nrow(sub)); put(case, "estimate", p$pred); put(case, "ci_lower", p$ci.lb); put(case, "ci_upper", p$ci.ub)
    est <- c(est, coef(r)[1]); se <- c(se, r$se)
  }
  b <- rma(est, sei = se, method = "FE")
  put(paste0(outcome, "/PLO/REML/by=", name), "q_between", b$QE)
  put(paste0(outcome, "/PLO/REML/by=", name), "q_between_p", b$QEp)
}
# Response by its time point (best vs 6 months vs not reported); uptake by the kind of its definition.
by("response", "timepoint", "response_timepoint")
by("uptake", "criterion", "uptake_criterion")
write.csv(out, "cli/src/test/resources/evidence-pool-oracle.csv", row.names = FALSE, quote = FALSE)
cat("wrote", nrow(out), "rows\n")
