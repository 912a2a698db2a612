"""The PySide6 desktop app: widgets render an engine's state and send the user's choices back."""
