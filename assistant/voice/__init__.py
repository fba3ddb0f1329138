"""Text to speech: sentence splitting and speech normalisation (pure), and the voices."""
