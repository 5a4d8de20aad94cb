# metafor oracle for the Java meta-analysis engine.
#
# Run from the repository root:
#   Rscript core/src/test/oracle/metafor_oracle.R
# Inputs : core/src/test/resources/evidence/datasets/*.csv (study,events,total[,moderators]);
#          they are produced by core/src/test/oracle/make_datasets.R.
# Output : core/src/test/resources/evidence/metafor-oracle.csv, long format
#          `case,quantity,value`, no comment lines. The first data rows are
#          meta,r_version / meta,metafor_version / meta,lme4_version.
#          Numbers are sprintf("%.15g"); NA is written as NA. Text values
#          (quantities `error` and `warning`) have commas replaced by ';',
#          double quotes by single quotes and newlines by spaces, so no CSV quoting
#          is ever needed.
# Requires: R, metafor (+ metadat), lme4 and numDeriv (for rma.glmm), e.g.
#   apt-get install -y r-cran-metafor r-cran-lme4 r-cran-numderiv
#
# ---- Effect sizes -----------------------------------------------------------
# escalc() uses its defaults throughout: for PR and PLO add=1/2, to="only0"
# (a study with 0 events or 0 non-events gets xi+1/2, ni+1); PAS and PFT get no
# correction (escalc sets add=0 for them). yi_<i>, vi_<i> are these values.
#
# ---- Convergence control (metafor rma.uni, checked in the 3.8-1 source) ------
# rma(..., control=list(threshold=1e-12, maxiter=10000, tol=1e-12)):
#   threshold : stopping rule of the Fisher-scoring iterations for ML, REML and EB
#               (iterate while |tau2_new - tau2_old| > threshold; default 1e-5).
#   tol       : `tol` passed to uniroot() when solving the Paule-Mandel (PM)
#               estimating equation Q(tau2) = k - p (default .Machine$double.eps^0.25
#               ~ 1.2e-4). (It is also the margin of metafor's ll0check for ML/REML:
#               tau2 is reset to 0 only if logLik(tau2=0) exceeds logLik(tau2_hat)
#               by more than tol; at a true maximum this never triggers; a
#               `warning` row is written if it does.)
#   maxiter   : iteration cap for both Fisher scoring and uniroot (default 100).
# With these settings tau2 (and everything derived from it) is the exact solution
# of the estimating equation to ~1e-12, not a stopping-rule artefact.
# EE, DL, HS, SJ are closed-form (SJ uses its default start var(yi)*(k-1)/k).
# rma.glmm() is used with its defaults (ML, nAGQ=7, lme4's glmer optimiser).
#
# ---- Cases ------------------------------------------------------------------
# <dataset>/<measure>/<method>/<test>  (test z or knha; EE only with z)
#   k, b, se, stat (zval or tval), p, ci_lb, ci_ub, tau2, i2 (percent), h2, qe,
#   qe_df (k-1), qe_p, pi_lb, pi_ub (predict(res), transformed scale; for EE the
#   CI is written), yi_<i>, vi_<i>, weight_<i> (weights(res), percent),
#   prop_est, prop_ci_lb, prop_ci_ub, prop_pi_lb, prop_pi_ub (predict with
#   transf.ilogit for PLO, transf.iarcsin for PAS, transf.ipft.hm with
#   targs=list(ni=total) for PFT, no transformation for PR; for EE the
#   prop_pi_* are the back-transformed CI).
#   For <measure>/REML/z also loo_est_<i>, loo_ci_lb_<i>, loo_ci_ub_<i>,
#   loo_tau2_<i>, loo_i2_<i> (leave1out(res), transformed scale, i = omitted study).
# <dataset>/<measure>/<method>/z/by=<col>  (separate tau2 per subgroup)
#   sub_<g>_k, _b, _se, _ci_lb, _ci_ub, _tau2, _i2 per group g; q_between,
#   q_between_df, q_between_p from rma(yi=b_g, sei=se_g, method="EE") over the
#   subgroup estimates (its QE). A subgroup with k = 1 would be fitted with
#   method="EE" (tau2 = 0); none of the configured subgroups has k = 1.
# <dataset>/<measure>/REML/<test>/mods=<a>+<b>  (meta-regression)
#   k, tau2, i2, h2, r2 (percent, NA if metafor gives none), qe, qe_df, qe_p,
#   qm, qm_df, qm_p (+ qm_df2 with knha, the F denominator df), and per
#   coefficient (R's names, e.g. intrcpt, scq, ethnicityother):
#   coef_, se_, stat_, p_, ci_lb_, ci_ub_. Text moderators become factors with
#   treatment contrasts; levels are sorted in the C locale (first = reference),
#   so e.g. sens has reference "400" and coefficient "sens<400".
# <dataset>/GLMM   rma.glmm(measure="PLO") defaults: b, se, ci_lb, ci_ub, tau2,
#   pi_lb, pi_ub, prop_* (predict with transf.ilogit).
# cp/<x>/<n>/<level>  Clopper-Pearson lower, upper from binom.test().
# Any fit that fails writes quantity `error` (the message) instead; warnings
# raised by a fit are written as quantity `warning`.

suppressPackageStartupMessages({ library(metafor); library(lme4) })
invisible(Sys.setlocale("LC_COLLATE", "C"))

ds_dir  <- file.path("core", "src", "test", "resources", "evidence", "datasets")
out_csv <- file.path("core", "src", "test", "resources", "evidence", "metafor-oracle.csv")
CTRL <- list(threshold = 1e-12, maxiter = 10000, tol = 1e-12)

rows <- new.env(); rows$case <- character(); rows$q <- character(); rows$v <- character()
fmt <- function(x) {
  if (is.null(x) || length(x) == 0) return("NA")
  if (is.character(x) || is.factor(x)) return(gsub("[\r\n]+", " ", gsub('"', "'", gsub(",", ";", as.character(x)))))
  x <- as.numeric(x)
  ifelse(is.na(x), "NA", sprintf("%.15g", x))
}
put <- function(case, q, v) {
  v <- if (is.null(v) || length(v) == 0) NA else v
  stopifnot(length(v) == 1)
  rows$case <- c(rows$case, case); rows$q <- c(rows$q, q); rows$v <- c(rows$v, fmt(v))
}
putvec <- function(case, prefix, v) for (i in seq_along(v)) put(case, paste0(prefix, i), v[i])

# Evaluates expr; returns its value or NULL after writing an `error` row;
# warnings are recorded as `warning` rows and muffled.
guard <- function(case, expr) {
  warns <- character()
  res <- withCallingHandlers(
    tryCatch(expr, error = function(e) { put(case, "error", conditionMessage(e)); NULL }),
    warning = function(w) { warns <<- c(warns, conditionMessage(w)); invokeRestart("muffleWarning") })
  for (w in unique(warns)) put(case, "warning", w)
  res
}

read_ds <- function(name) {
  d <- read.csv(file.path(ds_dir, paste0(name, ".csv")), stringsAsFactors = FALSE, check.names = FALSE)
  for (col in setdiff(names(d), c("study", "events", "total")))
    if (is.character(d[[col]])) d[[col]] <- factor(d[[col]], levels = sort(unique(d[[col]])))
  d
}

back <- function(measure, total) switch(measure,
  PR  = list(transf = NULL, targs = NULL),
  PLO = list(transf = transf.ilogit, targs = NULL),
  PAS = list(transf = transf.iarcsin, targs = NULL),
  PFT = list(transf = transf.ipft.hm, targs = list(ni = total)))

pred_back <- function(res, measure, total) {
  bt <- back(measure, total)
  if (is.null(bt$transf)) predict(res) else predict(res, transf = bt$transf, targs = bt$targs)
}

datasets <- c("pritz1997", "debruin2009", "miller1978", "nielweise_control",
              "nielweise_treated", "toy_boundaries", "redif_like")
measures <- c("PR", "PLO", "PAS", "PFT")
methods  <- c("EE", "DL", "REML", "PM", "ML", "HS", "SJ", "EB")
data <- setNames(lapply(datasets, read_ds), datasets)

put("meta", "r_version", paste(R.version$major, R.version$minor, sep = "."))
put("meta", "metafor_version", as.character(packageVersion("metafor")))
put("meta", "lme4_version", as.character(packageVersion("lme4")))

# ---- main grid ----
for (dn in datasets) for (ms in measures) {
  d <- data[[dn]]
  dat <- escalc(measure = ms, xi = events, ni = total, data = d)
  for (mt in methods) for (ts in c("z", "knha")) {
    if (mt == "EE" && ts == "knha") next
    case <- paste(dn, ms, mt, ts, sep = "/")
    res <- guard(case, rma(yi, vi, data = dat, method = mt, test = ts, control = CTRL))
    if (is.null(res)) next
    ok <- guard(case, {
      pr <- predict(res)
      pb <- pred_back(res, ms, d$total)
      vals <- list(k = res$k, b = res$beta[1], se = res$se[1], stat = res$zval[1], p = res$pval[1],
                   ci_lb = res$ci.lb[1], ci_ub = res$ci.ub[1], tau2 = res$tau2, i2 = res$I2, h2 = res$H2,
                   qe = res$QE, qe_df = res$k - res$p, qe_p = res$QEp,
                   pi_lb = if (is.null(pr$pi.lb)) pr$ci.lb else pr$pi.lb,
                   pi_ub = if (is.null(pr$pi.ub)) pr$ci.ub else pr$pi.ub)
      w <- weights(res)
      loo <- if (mt == "REML" && ts == "z") leave1out(res) else NULL
      TRUE
    })
    if (is.null(ok)) next
    for (nm in names(vals)) put(case, nm, vals[[nm]])
    putvec(case, "yi_", as.numeric(dat$yi)); putvec(case, "vi_", dat$vi)
    putvec(case, "weight_", as.numeric(w))
    put(case, "prop_est", pb$pred); put(case, "prop_ci_lb", pb$ci.lb); put(case, "prop_ci_ub", pb$ci.ub)
    put(case, "prop_pi_lb", if (is.null(pb$pi.lb)) pb$ci.lb else pb$pi.lb)
    put(case, "prop_pi_ub", if (is.null(pb$pi.ub)) pb$ci.ub else pb$pi.ub)
    if (!is.null(loo)) {
      putvec(case, "loo_est_", loo$estimate); putvec(case, "loo_ci_lb_", loo$ci.lb)
      putvec(case, "loo_ci_ub_", loo$ci.ub); putvec(case, "loo_tau2_", loo$tau2); putvec(case, "loo_i2_", loo$I2)
    }
  }
}

# ---- subgroups (separate tau2 per subgroup) ----
subgroups <- list(c("debruin2009", "ethnicity"), c("toy_boundaries", "genotype"), c("redif_like", "genotype"))
for (sg in subgroups) for (ms in c("PLO", "PR")) for (mt in c("REML", "DL")) {
  dn <- sg[1]; col <- sg[2]
  case <- paste0(paste(dn, ms, mt, "z", sep = "/"), "/by=", col)
  dat <- escalc(measure = ms, xi = events, ni = total, data = data[[dn]])
  g <- dat[[col]]; lev <- if (is.factor(g)) levels(g) else sort(unique(g))
  bs <- c(); ses <- c()
  for (lv in lev) {
    sub <- dat[g == lv, ]
    fit <- guard(case, if (nrow(sub) == 1) rma(yi, vi, data = sub, method = "EE", control = CTRL)
                      else rma(yi, vi, data = sub, method = mt, test = "z", control = CTRL))
    if (is.null(fit)) { bs <- c(bs, NA); ses <- c(ses, NA); next }
    p <- paste0("sub_", lv, "_")
    put(case, paste0(p, "k"), fit$k); put(case, paste0(p, "b"), fit$beta[1]); put(case, paste0(p, "se"), fit$se)
    put(case, paste0(p, "ci_lb"), fit$ci.lb); put(case, paste0(p, "ci_ub"), fit$ci.ub)
    put(case, paste0(p, "tau2"), fit$tau2); put(case, paste0(p, "i2"), fit$I2)
    bs <- c(bs, fit$beta[1]); ses <- c(ses, fit$se)
  }
  qb <- guard(case, rma(yi = bs, sei = ses, method = "EE"))
  if (!is.null(qb)) { put(case, "q_between", qb$QE); put(case, "q_between_df", qb$k - qb$p); put(case, "q_between_p", qb$QEp) }
}

# ---- meta-regression ----
mreg <- list(
  list("debruin2009", "PR", c("scq", "ethnicity"), c("z", "knha")),
  list("debruin2009", "PR", c("scq", "ethnicity", "patients", "select", "sens"), "z"),
  list("toy_boundaries", "PLO", "days", c("z", "knha")),
  list("toy_boundaries", "PLO", "genotype", "z"),
  list("redif_like", "PLO", c("days", "dosimetry"), c("z", "knha")),
  list("redif_like", "PLO", "genotype", "z"))
for (mr in mreg) for (ts in mr[[4]]) {
  dn <- mr[[1]]; ms <- mr[[2]]; mods <- mr[[3]]
  case <- paste0(paste(dn, ms, "REML", ts, sep = "/"), "/mods=", paste(mods, collapse = "+"))
  dat <- escalc(measure = ms, xi = events, ni = total, data = data[[dn]])
  fml <- as.formula(paste("~", paste(mods, collapse = " + ")))
  res <- guard(case, rma(yi, vi, mods = fml, data = dat, method = "REML", test = ts, control = CTRL))
  if (is.null(res)) next
  put(case, "k", res$k); put(case, "tau2", res$tau2); put(case, "i2", res$I2); put(case, "h2", res$H2)
  put(case, "r2", if (is.null(res$R2)) NA else res$R2)
  put(case, "qe", res$QE); put(case, "qe_df", res$k - res$p); put(case, "qe_p", res$QEp)
  put(case, "qm", res$QM); put(case, "qm_df", res$QMdf[1]); put(case, "qm_p", res$QMp)
  if (ts == "knha") put(case, "qm_df2", res$QMdf[2])
  cn <- rownames(res$beta)
  for (j in seq_along(cn)) {
    put(case, paste0("coef_", cn[j]), res$beta[j]); put(case, paste0("se_", cn[j]), res$se[j])
    put(case, paste0("stat_", cn[j]), res$zval[j]); put(case, paste0("p_", cn[j]), res$pval[j])
    put(case, paste0("ci_lb_", cn[j]), res$ci.lb[j]); put(case, paste0("ci_ub_", cn[j]), res$ci.ub[j])
  }
}

# ---- binomial-normal GLMM ----
for (dn in datasets) {
  case <- paste0(dn, "/GLMM")
  res <- guard(case, rma.glmm(measure = "PLO", xi = events, ni = total, data = data[[dn]]))
  if (is.null(res)) next
  pr <- guard(case, predict(res)); pb <- guard(case, predict(res, transf = transf.ilogit))
  if (is.null(pr) || is.null(pb)) next
  put(case, "b", res$beta[1]); put(case, "se", res$se[1]); put(case, "ci_lb", res$ci.lb[1]); put(case, "ci_ub", res$ci.ub[1])
  put(case, "tau2", res$tau2); put(case, "pi_lb", pr$pi.lb); put(case, "pi_ub", pr$pi.ub)
  put(case, "prop_est", pb$pred); put(case, "prop_ci_lb", pb$ci.lb); put(case, "prop_ci_ub", pb$ci.ub)
  put(case, "prop_pi_lb", pb$pi.lb); put(case, "prop_pi_ub", pb$pi.ub)
}

# ---- Clopper-Pearson ----
cps <- list(c(0,10,95), c(10,10,95), c(3,10,95), c(20,400,95), c(1,1,95), c(50,500,90), c(7,20,95), c(0,20,95), c(20,20,95))
for (cp in cps) {
  case <- sprintf("cp/%d/%d/%d", cp[1], cp[2], cp[3])
  ci <- binom.test(cp[1], cp[2], conf.level = cp[3] / 100)$conf.int
  put(case, "lower", ci[1]); put(case, "upper", ci[2])
}

out <- data.frame(case = rows$case, quantity = rows$q, value = rows$v, stringsAsFactors = FALSE)
stopifnot(!any(grepl(",", out$case)), !any(grepl(",", out$quantity)), !any(grepl(",", out$value)))
write.table(out, out_csv, sep = ",", row.names = FALSE, col.names = TRUE, quote = FALSE)
cat(sprintf("wrote %d rows to %s\n", nrow(out), out_csv))
