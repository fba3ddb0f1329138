"""Microphone, interruptible playback, audio files and end-of-speech detection."""
