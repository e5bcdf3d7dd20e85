"""The vault dialogs: create, unlock, passphrase and key changes, duress and PIN, travel mode."""
