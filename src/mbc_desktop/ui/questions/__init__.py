"""The Questions area: the running list of questions for the oncologist."""
