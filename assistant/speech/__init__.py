"""Speech to text with faster-whisper, from a local CTranslate2 folder only."""
