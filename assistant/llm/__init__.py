"""The answer model: an onnxruntime generation loop, chat templating, sampling, stop strings."""
