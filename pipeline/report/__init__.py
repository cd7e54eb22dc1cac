"""Human-facing outputs of a run: report.html (evidence with displaCy highlighting) and the
network figure (network.png/.svg)."""
