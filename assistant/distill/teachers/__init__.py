"""Teachers behind one interface: an OpenAI-compatible endpoint, or a local model in-process."""
