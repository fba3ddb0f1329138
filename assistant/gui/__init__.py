"""The desktop window: a thin Qt shell over assistant.core."""
