"""The Plan page of the wizard and the widgets that edit the plan."""
