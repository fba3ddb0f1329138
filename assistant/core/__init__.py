"""The Qt-free loop: capture -> transcribe -> answer -> speak, with typed events and cancellation."""
