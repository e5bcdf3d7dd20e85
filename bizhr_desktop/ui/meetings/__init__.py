"""The meetings screens: the yearly programme, invitations, check-in, safety review, follow-ups."""
