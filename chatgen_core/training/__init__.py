"""Learning from what the user already has: training pairs, trained model tokens, argument priors."""
