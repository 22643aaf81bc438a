"""The Appointments area: upcoming and past appointments, their details, calendar export."""
