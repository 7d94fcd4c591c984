"""Web adapters: one blueprint per area, thin views."""
