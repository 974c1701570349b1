from eventwire.cli import entry

entry()
