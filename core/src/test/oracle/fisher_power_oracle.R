# Oracle for the exact (Fisher) power of TwoProportions: unconditional power of the two-sided fisher.test,
# enumerating every outcome. R 4.2.2 stats::fisher.test. Run: Rscript core/src/test/oracle/fisher_power_oracle.R
power <- function(p1, p2, n1, n2, alpha) {
  total <- 0
  for (x1 in 0:n1) for (x2 in 0:n2) {
    p <- fisher.test(matrix(c(x1, n1 - x1, x2, n2 - x2), 2))$p.value
    if (p <= alpha) total <- total + dbinom(x1, n1, p1) * dbinom(x2, n2, p2)
  }
  total
}
for (case in list(c(0.5, 0.75, 30, 30), c(0.2, 0.6, 15, 15), c(0.3, 0.6, 20, 40)))
  cat(sprintf("p1=%g p2=%g n1=%d n2=%d power=%.12f\n", case[1], case[2], case[3], case[4],
              power(case[1], case[2], case[3], case[4], 0.05)))
