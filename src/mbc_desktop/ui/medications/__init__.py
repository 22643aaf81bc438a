"""The Medications area: medicines now and past, dose history, changes since the last visit."""
