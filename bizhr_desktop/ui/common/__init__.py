"""What every feature of the window shares: the page base, widgets, the background-job
helper, the secret clipboard, icons, vocabulary labels and where resources are found."""
