"""The Symptoms area: check-ins on the ESAS-r scales, your own symptoms, trends."""
