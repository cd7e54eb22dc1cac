"""Relations: sentence co-mentions, aggregated and scored."""
