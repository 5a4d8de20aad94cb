# Writes the oracle input datasets (CSV: study,events,total[,moderators...]) to
# core/src/test/resources/evidence/datasets/. Run from the repository root:
#   Rscript core/src/test/oracle/make_datasets.R
# Study labels and the de Bruin moderators come from the metadat package
# (dat.pritz1997, dat.debruin2009, dat.nielweise2007); the event/total counts are
# the literal values below and are checked against metadat when it is available.
out <- file.path("core", "src", "test", "resources", "evidence", "datasets")
dir.create(out, recursive = TRUE, showWarnings = FALSE)
have_metadat <- requireNamespace("metadat", quietly = TRUE)
md <- function(name) { e <- new.env(); utils::data(list = name, package = "metadat", envir = e); e[[name]] }
wr <- function(df, file) utils::write.csv(df, file.path(out, file), row.names = FALSE, quote = FALSE)
chk <- function(a, b, what) if (!identical(as.numeric(a), as.numeric(b))) stop("metadat mismatch: ", what)

# pritz1997
xi <- c(16,10,4,43,10,25,13,12,22,4,5,18,58,6); ni <- c(17,12,8,58,10,42,14,12,41,5,6,23,68,10)
lab <- paste0("S", seq_along(xi))
if (have_metadat) { d <- md("dat.pritz1997"); chk(d$xi, xi, "pritz xi"); chk(d$ni, ni, "pritz ni"); lab <- d$authors }
wr(data.frame(study = lab, events = xi, total = ni), "pritz1997.csv")

# debruin2009
xi <- c(11,24,179,82,60,11,99,9,88,17,26,23,40); ni <- c(29,33,326,240,110,29,244,17,215,26,138,55,54)
if (have_metadat) {
  d <- md("dat.debruin2009"); chk(d$xi, xi, "debruin xi"); chk(d$ni, ni, "debruin ni")
  wr(data.frame(study = paste(d$author, d$year), events = xi, total = ni, scq = d$scq,
                ethnicity = d$ethnicity, patients = d$patients, select = d$select, sens = d$sens),
     "debruin2009.csv")
} else {
  wr(data.frame(study = paste0("S", seq_along(xi)), events = xi, total = ni,
                scq = c(21.00,22.67,15.07,3.67,8.60,27.80,4.80,12.07,20.00,7.47,7.80,10.47,22.80),
                ethnicity = ifelse(c(1,0,0,1,0,1,0,0,1,0,1,1,1) == 1, "other", "Caucasian")),
     "debruin2009.csv")
}

# miller1978 (not in metadat)
wr(data.frame(study = paste0("S", 1:4), events = c(3,6,10,1), total = c(11,17,21,6)), "miller1978.csv")

# nielweise2007 arms
cx <- c(3,3,9,7,6,4,3,2,19,2,7,1,5,11,0,1,3,1); cn <- c(117,35,195,136,157,139,177,39,103,122,64,58,175,180,105,262,362,69)
tx <- c(0,1,2,0,5,1,1,1,1,1,0,0,3,6,0,0,1,4); tn <- c(116,44,208,130,151,98,174,74,97,113,66,70,188,187,118,252,345,64)
lab <- paste0("S", seq_along(cx))
if (have_metadat) {
  d <- md("dat.nielweise2007"); chk(d$ci, cx, "nielweise ci"); chk(d$n2i, cn, "nielweise n2i")
  chk(d$ai, tx, "nielweise ai"); chk(d$n1i, tn, "nielweise n1i"); lab <- paste(d$author, d$year)
}
wr(data.frame(study = lab, events = cx, total = cn), "nielweise_control.csv")
wr(data.frame(study = lab, events = tx, total = tn), "nielweise_treated.csv")

# synthetic sets
wr(data.frame(study = paste0("S", 1:5), events = c(7,12,6,0,10), total = c(20,20,10,8,10),
              genotype = c("BRAF","BRAF","RAS","RAS","RAS"), days = c(28,28,35,42,42)), "toy_boundaries.csv")
wr(data.frame(study = paste0("S", 1:9), events = c(4,6,6,5,2,20,5,6,22), total = c(9,10,10,6,6,21,5,10,25),
              genotype = c(rep("BRAF", 6), rep("RAS", 3)), days = c(35,42,35,35,24,42,35,42,35),
              dosimetry = c(1,0,1,1,1,0,1,0,1)), "redif_like.csv")
cat("datasets written to", out, "\n")
