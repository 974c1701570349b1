"""timex."""
