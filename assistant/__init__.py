"""An offline desktop voice assistant: hold a key, speak, hear a distilled model's answer."""

__version__ = "0.1.0"
