"""The "My goals" area: goals and preferences as dated answers, one section at a time."""
