"""Text normalisation shared by indexing and querying (see README, "Search")."""
