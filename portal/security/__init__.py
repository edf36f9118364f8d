"""Admin security: who may manage whom, sign-in lockout, two-factor sign-in, response headers."""
